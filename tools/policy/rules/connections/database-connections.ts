import { StackElement } from "../../../stack-model";

/** Database connections (strategy "auth0") hold users and their passwords. */
export const isDatabaseConnection = (connection: StackElement): boolean => connection.values.strategy === "auth0";
