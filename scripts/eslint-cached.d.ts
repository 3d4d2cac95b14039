// Types of eslint-cached.js for the TypeScript that imports it (its test).
/** The digest of everything the lint of `root` reads, or undefined when git cannot list its files. */
export function lintInputsDigest(root: string): string | undefined;
