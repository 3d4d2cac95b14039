export * from "./enable-policy";
export * from "./suppress";
