/**
 * Limits Auth0 enforces on what this app writes, each defined once for the config schema,
 * the config checks and the constructs.
 */

/** Auth0 caps each client_metadata value at 255 characters. */
export const MAX_METADATA_VALUE_LENGTH = 255;

/** Auth0 role names: 1 to 50 characters, without '<' or '>'. */
export const MAX_ROLE_NAME_LENGTH = 50;
