/** A problem npm run dev explains to the user in one message (no stack trace). */
export class DevError extends Error {}
