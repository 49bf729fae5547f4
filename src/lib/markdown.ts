/**
 * Escaping what people type so it reads as text, never as Markdown markup, in every
 * Markdown export. Inline characters are escaped anywhere; block markers (headings,
 * quotes, list items, rules, setext underlines) only where they would start a line.
 */

const INLINE = /([\\`*_{}[\]<>#|~])/g;

function escapeLine(line: string): string {
  return line
    .replace(INLINE, '\\$1')
    .replace(/^(\s*)(\+|=+|-+)(?=\s|$)/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])(?=\s|$)/, '$1\\$2');
}

/** Text as one Markdown line: line breaks become spaces, markup is escaped. */
export function mdInline(value: string): string {
  return escapeLine(value.replace(/\s*[\r\n]+\s*/g, ' ').trim());
}

/** Text as a Markdown paragraph that keeps its line breaks (as hard breaks), markup escaped on every line. */
export function mdBlock(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => escapeLine(line).trimEnd())
    .join('  \n');
}
