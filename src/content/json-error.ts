/**
 * Finds where JSON text stops being valid, for error messages: JSON.parse in Node 20 names a
 * position only for some mistakes ("Unexpected token 'x', …" has none). A small strict scanner.
 */
const WS = /[ \t\n\r]/;

/** Offset of the first character that makes `text` invalid JSON, and what was expected there; null when valid. */
export function findJsonError(text: string): { offset: number; expected: string } | null {
  let i = 0;
  const fail = (expected: string): never => {
    throw { offset: i, expected };
  };
  const ws = () => {
    while (i < text.length && WS.test(text[i]!)) i++;
  };
  const literal = (word: string) => {
    for (const ch of word) if (text[i++] !== ch) { i--; fail(`"${word}"`); }
  };
  const string = () => {
    if (text[i] !== '"') fail('a string in double quotes');
    i++;
    while (i < text.length && text[i] !== '"') {
      if (text[i] === '\\') i++;
      else if (text.charCodeAt(i) < 0x20) fail('no line break inside a string (write \\n)');
      i++;
    }
    if (i >= text.length) fail('a closing double quote');
    i++;
  };
  const number = () => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i));
    if (!m) fail('a value (a string, number, object, array, true, false or null)');
    i += m![0].length;
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '{') {
      i++; ws();
      if (text[i] === '}') { i++; return; }
      for (;;) {
        ws(); string(); ws();
        if (text[i] !== ':') fail('":" after the name');
        i++; value(); ws();
        if (text[i] === ',') { i++; ws(); if (text[i] === '}') fail('another name (no comma before "}")'); continue; }
        if (text[i] === '}') { i++; return; }
        fail('"," or "}"');
      }
    }
    if (c === '[') {
      i++; ws();
      if (text[i] === ']') { i++; return; }
      for (;;) {
        value(); ws();
        if (text[i] === ',') { i++; ws(); if (text[i] === ']') fail('another value (no comma before "]")'); continue; }
        if (text[i] === ']') { i++; return; }
        fail('"," or "]"');
      }
    }
    if (c === '"') return string();
    if (c === 't') return literal('true');
    if (c === 'f') return literal('false');
    if (c === 'n') return literal('null');
    number();
  };
  try {
    value();
    ws();
    if (i < text.length) fail('the end of the file');
    return null;
  } catch (e) {
    if (typeof e === 'object' && e && 'offset' in e) return e as { offset: number; expected: string };
    throw e;
  }
}
