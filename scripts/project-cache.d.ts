// Types of project-cache.js for the TypeScript that imports it (the test supports).
/** The project's cache folder; each user of it keeps a subfolder of its own. */
export const PROJECT_CACHE_DIR: string;
