// Stands in for json-stable-stringify in the app's bundle (bundle-cache.js aliases it), and writes
// exactly the same text. cdktf writes every stack with it (`stringify(stack, { space: 2 })`),
// and at 10,000 users its recursive writer took 0.6 s, a fifth of the synth. Here V8's own
// JSON.stringify writes the value, once every object's keys are in sorted order: most already are,
// and only the objects whose keys are not (or that hold what JSON writes differently, such as a
// toJSON value) are copied. Where the two writers differ, this one repairs the text or falls back:
// - an empty list or object: json-stable-stringify breaks the line inside it ("[\n  ]"), so each
//   such line is rewritten (only when the value holds one);
// - an object with a key that is an array index ("10", "9"): V8 orders such keys numerically
//   whatever the insertion order, so no object can hold the sorted order; then, and for a key
//   named __proto__, the whole value is written by `exactStringify`, the library's algorithm.
"use strict";

const SPACE = "  ";

/** Thrown by `sorted` to fall back to `exactStringify`. */
const FALL_BACK = Symbol("fall back");

/** A key V8 keeps in numeric order: a canonical array index (0 … 2^32 - 2). */
const isArrayIndex = (key) => /^(?:0|[1-9]\d{0,9})$/.test(key) && Number(key) < 4294967295;

/**
 * The value with every object's keys in sorted order: the value itself where that already holds
 * (most of a stack: cdktf and this project write keys in sorted order), a copy where it does not.
 */
function sorted(node, ancestors, found) {
  if (node !== null && typeof node === "object" && typeof node.toJSON === "function") node = node.toJSON();
  if (typeof node !== "object" || node === null) return node;
  if (ancestors.includes(node)) throw new TypeError("Converting circular structure to JSON");
  ancestors.push(node);
  let copy;
  if (Array.isArray(node)) {
    if (node.length === 0) found.empty = true;
    for (let i = 0; i < node.length; i++) {
      const item = sorted(node[i], ancestors, found);
      if (item !== node[i] && copy === undefined) copy = node.slice(0, i);
      if (copy !== undefined) copy.push(item);
    }
  } else {
    const keys = Object.keys(node);
    let inOrder = true;
    for (let i = 1; i < keys.length && inOrder; i++) inOrder = keys[i - 1] < keys[i];
    if (!inOrder) keys.sort();
    // JSON.stringify writes boxed primitives (new Number(3)) as their value, the library as objects.
    const proto = Object.getPrototypeOf(node);
    if (!inOrder || (proto !== Object.prototype && proto !== null)) copy = {};
    let written = 0;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if (key === "__proto__" || ((key.charCodeAt(0) - 48) >>> 0 < 10 && isArrayIndex(key))) throw FALL_BACK;
      const value = node[key];
      const item = sorted(value, ancestors, found);
      // What JSON leaves out of an object (undefined, functions, symbols) is not copied: a copied
      // `toJSON` function would be called by JSON.stringify.
      const omitted = item === undefined || typeof item === "function" || typeof item === "symbol";
      if (copy === undefined && (item !== value || omitted)) {
        copy = {};
        for (let j = 0; j < i; j++) copy[keys[j]] = node[keys[j]];
      }
      if (omitted) continue;
      if (copy !== undefined) copy[key] = item;
      written++;
    }
    if (written === 0) found.empty = true;
  }
  ancestors.pop();
  return copy ?? node;
}

/**
 * An empty list or object in JSON.stringify's indented text: "[]" or "{}" followed by the end of
 * its line (an optional comma, then "\n" or the end of the text). Inside a string "[]" is always
 * followed by more of the string or its closing quote, as a JSON string holds no raw line break:
 * so this finds exactly the structural ones, without reading strings.
 */
const EMPTY = /(?:\[\]|\{\})(?=,?(?:\n|$))/g;

/** The text with each empty list or object broken over two lines, as json-stable-stringify writes it. */
function breakEmpties(text) {
  return text.replace(EMPTY, (brackets, offset) => {
    const lineStart = text.lastIndexOf("\n", offset) + 1;
    let end = lineStart;
    while (text.charCodeAt(end) === 32) end++;
    return `${brackets[0]}\n${text.slice(lineStart, end)}${brackets[1]}`;
  });
}

/** json-stable-stringify(value, { space: 2 }). */
function fastStringify(value) {
  const found = { empty: false };
  let copy;
  try {
    copy = sorted(value, [], found);
  } catch (error) {
    if (error === FALL_BACK) return exactStringify(value);
    throw error;
  }
  const text = JSON.stringify(copy, null, SPACE.length);
  if (!found.empty || text === undefined) return text;
  return breakEmpties(text);
}

/** json-stable-stringify's own algorithm (with `space`), for what the fast path cannot copy. */
function exactStringify(value) {
  const ancestors = [];
  const write = (node, level) => {
    if (node !== null && typeof node === "object" && typeof node.toJSON === "function") node = node.toJSON();
    if (node === undefined) return undefined;
    if (typeof node !== "object" || node === null) return JSON.stringify(node);
    const inner = `\n${SPACE.repeat(level + 1)}`;
    const close = `\n${SPACE.repeat(level)}`;
    const out = [];
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) out.push(inner + (write(node[i], level + 1) || "null"));
      return `[${out.join(",")}${close}]`;
    }
    if (ancestors.includes(node)) throw new TypeError("Converting circular structure to JSON");
    ancestors.push(node);
    for (const key of Object.keys(node).sort()) {
      const item = write(node[key], level + 1);
      if (item) out.push(`${inner}${JSON.stringify(key)}: ${item}`);
    }
    ancestors.pop();
    return `{${out.join(",")}${close}}`;
  };
  return write(value, 0);
}

/**
 * The library's signature. cdktf calls it only as `stringify(value, { space: 2 })`; any other
 * call is refused rather than written differently.
 */
function stableStringify(value, options) {
  const space = typeof options?.space === "number" ? " ".repeat(options.space) : options?.space;
  const other = options === undefined ? [] : Object.keys(options).filter((k) => k !== "space");
  if (space !== SPACE || other.length > 0)
    throw new Error(
      "scripts/run-ts/stable-json.js writes json-stable-stringify's output only for { space: 2 }: the CDK library now calls it differently; extend it or drop its alias in bundle-cache.js",
    );
  return fastStringify(value);
}

module.exports = stableStringify;
module.exports.exactStringify = exactStringify;
