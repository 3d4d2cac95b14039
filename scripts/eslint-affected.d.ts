// Types of eslint-affected.js for the TypeScript that imports it (its test).
/**
 * The key of each of `targets`, by its path relative to `root`: the digest of the global inputs
 * (read from `files`, all that git lists), its own text and the text of every project file it
 * imports, transitively, with each import's resolution.
 */
export function fileKeys(root: string, files: readonly string[], targets: readonly string[]): Map<string, string>;
