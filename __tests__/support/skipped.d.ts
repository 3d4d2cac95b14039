/** The name of a block that is skipped, with the reason the summary prints. */
export declare function skippedName(name: string, reason: string): string;
/** The reason in a skipped block's name, or undefined. */
export declare function skipReasonOf(title: string): string | undefined;
