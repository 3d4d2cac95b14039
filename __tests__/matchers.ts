// jest's asymmetric matchers are typed `any`; these give them a type so that they can sit inside an expected
// object without letting `any` into the test.

/** An object with at least these properties (expect.objectContaining). */
export const containing = (sample: Record<string, unknown>): unknown => expect.objectContaining(sample);

/** A string that contains this text (expect.stringContaining). */
export const containingText = (text: string): unknown => expect.stringContaining(text);

/** A string that matches this pattern (expect.stringMatching). */
export const matching = (pattern: RegExp): unknown => expect.stringMatching(pattern);

/** Any string (expect.any(String)). */
export const anyString = (): unknown => expect.any(String);
