/**
 * Paths into a tool's data, as JSON Pointer writes them ("/goals/g1/statement"; "" is the
 * whole value), and the few JSON helpers the merge needs.
 */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

// "#" is escaped too: a path ending in "#" is a list item's place (flatten.ts).
const escape = (segment: string) => segment.replace(/~/g, '~0').replace(/\//g, '~1').replace(/#/g, '~2');
const unescape = (segment: string) => segment.replace(/~2/g, '#').replace(/~1/g, '/').replace(/~0/g, '~');

export const childPath = (parent: string, segment: string) => `${parent}/${escape(segment)}`;
export const parentPath = (path: string) => path.slice(0, path.lastIndexOf('/'));
export const lastSegment = (path: string) => unescape(path.slice(path.lastIndexOf('/') + 1));
export const segments = (path: string) => (path === '' ? [] : path.slice(1).split('/').map(unescape));
/** True when `path` is `ancestor` or lies inside it. */
export const within = (path: string, ancestor: string) => path === ancestor || path.startsWith(`${ancestor}/`);

export const isPlainObject = (value: unknown): value is Record<string, unknown> => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
};

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k) && deepEqual(a[k], b[k]));
  }
  return false;
}

/** A total order on JSON values, so that two different values written at the same instant always resolve the same way. */
export const compareJson = (a: unknown, b: unknown) => {
  const x = JSON.stringify(a) ?? '';
  const y = JSON.stringify(b) ?? '';
  return x < y ? -1 : x > y ? 1 : 0;
};
