// Types of check-inputs-digest.js for the TypeScript that imports it (its test).
/** The digest of everything the static checks of `root` read, or undefined when git cannot list its files. */
export function checkInputsDigest(root: string): string | undefined;
