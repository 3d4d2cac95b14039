// Types of static-checks.js for the TypeScript that imports it (its test).
export function runChecks(options: {
  root: string;
  cacheRoot: string;
  /** A check's arguments to node. */
  checks: Record<string, () => string[]>;
  /** Names to run, in order; none means all. */
  requested: string[];
  log?: (line: string) => void;
  logError?: (line: string) => void;
}): number;
