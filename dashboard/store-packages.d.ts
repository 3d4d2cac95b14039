// The parts of the two session store packages that dashboard/session.ts uses (neither ships
// types; their @types packages pull in express-session, which this project does not use).

declare module "memorystore" {
  interface MemoryStoreOptions {
    /** How often expired entries are pruned, in milliseconds. */
    checkPeriod?: number;
  }
  interface MemoryStore {
    stopInterval(): void;
  }
  function memorystore(session: {
    Store: new (...args: never[]) => object;
  }): new (options?: MemoryStoreOptions) => MemoryStore;
  export = memorystore;
}

declare module "connect-pg-simple" {
  interface PgStoreOptions {
    conString?: string;
    tableName?: string;
    createTableIfMissing?: boolean;
    /** Seconds between prunes of expired rows, or false. */
    pruneSessionInterval?: number | false;
    errorLog?: (...args: unknown[]) => void;
  }
  interface PgStore {
    close(): Promise<void>;
  }
  function connectPgSimple(session: {
    Store: new (...args: never[]) => object;
  }): new (options?: PgStoreOptions) => PgStore;
  export = connectPgSimple;
}
