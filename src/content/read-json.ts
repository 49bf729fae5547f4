/** Reads a JSON content file; a syntax error says the line, the column and the text there. */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { findJsonError } from './json-error';

/** The file as the person sees it: relative to the project when it is inside, else in full. */
export function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') ? rel : path;
}

/** Line and column (from 1) of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

/** Parses JSON text; the error names the file, line and column, what was expected, and shows the line with a caret. */
export function parseJsonText(text: string, file: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    const found = findJsonError(text) ?? { offset: text.length, expected: (e as Error).message };
    const { line, column } = lineColumn(text, found.offset);
    const source = text.split('\n')[line - 1] ?? '';
    const indent = source.length - source.trimStart().length;
    const near = JSON.stringify(text.slice(found.offset, found.offset + 12)) || 'the end of the file';
    throw new Error(
      `${file}:${line}:${column}: the ${what} is not valid JSON: expected ${found.expected}, found ${found.offset >= text.length ? 'the end of the file' : near}\n    ${source.trim()}\n    ${' '.repeat(Math.max(0, column - 1 - indent))}^`,
    );
  }
}

export function readJson(path: string, what: string): unknown {
  const file = displayPath(path);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new Error(`${file}: cannot read the ${what}: ${(e as Error).message}`);
  }
  return parseJsonText(text, file, what);
}
