/**
 * Where JSON.parse gave up, as "line L, column C", without any of the text: V8's own message
 * quotes the bytes around the error, which may be a password typed into the file. Falls back
 * to "a syntax error" when the engine gives no position.
 */
export function jsonSyntaxErrorAt(text: string, err: unknown): string {
  const position = /at position (\d+)/.exec(String((err as Error)?.message))?.[1];
  const unexpectedEnd = /Unexpected end of JSON input/.test(String((err as Error)?.message));
  const offset = position !== undefined ? Number(position) : unexpectedEnd ? text.length : undefined;
  if (offset === undefined) return "a syntax error";
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  const column = offset - before.lastIndexOf("\n");
  return `a syntax error at line ${line}, column ${column}`;
}
