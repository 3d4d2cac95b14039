export * from "./expressions";
export * from "./keys";
export * from "./model";
export * from "./plan";
export * from "./read";
export * from "./synthesized";
