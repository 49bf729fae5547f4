/**
 * A tool's data as a flat map of paths to values, and back. Plain objects and lists of
 * objects with distinct string ids (goals, milestones, check-ins, attempts) are containers;
 * every other value (text, numbers, lists of plain values) is one leaf. A list item's place
 * is a value of its own, under its path plus "#", so reordering never counts as an edit.
 *   { goals: [{ id: "g1", statement: "Talk" }] }  →
 *   "" {$:"o"}, "/goals" {$:"l"}, "/goals/g1" {$:"i"}, "/goals/g1#" 0, "/goals/g1/statement" "Talk"
 */
import { childPath, isPlainObject, lastSegment, parentPath, type Json } from './paths';

export type Marker = { $: 'o' } | { $: 'l' } | { $: 'i' };
/** A leaf is never a plain object (objects are containers), so a plain object is always a marker. */
export type Value = Json | Marker;

const OBJECT: Marker = { $: 'o' };
const LIST: Marker = { $: 'l' };
const ITEM: Marker = { $: 'i' };

export const isMarker = (v: unknown): v is Marker => isPlainObject(v);
export const isPlace = (path: string) => path.endsWith('#');
export const placePath = (itemPath: string) => `${itemPath}#`;

function isKeyedList(value: unknown): value is { id: string }[] {
  if (!Array.isArray(value)) return false;
  const ids = new Set<string>();
  for (const el of value) {
    if (!isPlainObject(el) || typeof el.id !== 'string' || el.id === '' || ids.has(el.id)) return false;
    ids.add(el.id);
  }
  return true;
}

export function flatten(value: unknown): Map<string, Value> {
  const out = new Map<string, Value>();
  const walk = (v: unknown, path: string) => {
    if (isPlainObject(v)) {
      out.set(path, OBJECT);
      for (const [k, x] of Object.entries(v)) walk(x, childPath(path, k));
    } else if (isKeyedList(v)) {
      out.set(path, LIST);
      v.forEach((el, i) => {
        const item = childPath(path, el.id);
        out.set(item, ITEM);
        out.set(placePath(item), i);
        for (const [k, x] of Object.entries(el)) if (k !== 'id') walk(x, childPath(item, k));
      });
    } else {
      out.set(path, (v === undefined ? null : v) as Json);
    }
  };
  walk(value, '');
  return out;
}

/** The value at `root` (the whole data by default) built from a map of paths to values; paths under a leaf are ignored. */
export function materialize(values: ReadonlyMap<string, Value>, root = ''): unknown {
  const children = new Map<string, string[]>();
  for (const path of values.keys()) {
    if (path === '' || isPlace(path)) continue;
    const parent = parentPath(path);
    const list = children.get(parent);
    if (list) list.push(path);
    else children.set(parent, [path]);
  }
  const place = (path: string) => {
    const i = values.get(placePath(path));
    return typeof i === 'number' ? i : Number.MAX_SAFE_INTEGER;
  };
  const fields = (path: string, into: Record<string, unknown>) => {
    // defineProperty, so that a key such as "__proto__" stays a key and never sets the prototype.
    for (const c of children.get(path) ?? []) Object.defineProperty(into, lastSegment(c), { value: build(c), enumerable: true, writable: true, configurable: true });
    return into;
  };
  const build = (path: string): unknown => {
    const v = values.get(path);
    if (!isMarker(v)) return v;
    if (v.$ === 'o') return fields(path, {});
    if (v.$ === 'i') return fields(path, { id: lastSegment(path) });
    const items = (children.get(path) ?? []).filter((c) => (values.get(c) as Marker | undefined)?.$ === 'i');
    items.sort((x, y) => place(x) - place(y) || (lastSegment(x) < lastSegment(y) ? -1 : lastSegment(x) > lastSegment(y) ? 1 : 0));
    return items.map(build);
  };
  return build(root);
}
