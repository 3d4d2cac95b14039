// Types of stack-traces.js for the TypeScript that imports it (the jest setup).
export function installStackTraces(options: {
  bundleFile: string;
  bundleOnDisk: string | undefined;
  readSourceMap: () => string;
  sourceMapDir: string;
  debug: boolean;
}): void;
export function skipPlainObjectStacks(options: { debug: boolean }): void;
