/** The one way build-time checks report a zod error: "file: field.path: message", one line per problem. */
import type { z } from 'astro/zod';

/**
 * A field path as a person can find it: list positions of entries that have an id are written with
 * the id ("sections[meetings].fields[frequency].type" rather than "sections.2.fields.5.type").
 */
export function readablePath(path: readonly (string | number)[], raw?: unknown): string {
  let node: unknown = raw;
  let out = '';
  for (const key of path) {
    const next = node && typeof node === 'object' ? (node as Record<string | number, unknown>)[key] : undefined;
    const id = next && typeof next === 'object' && typeof (next as { id?: unknown }).id === 'string' ? (next as { id: string }).id : undefined;
    if (typeof key === 'number') out += id ? `[${id}]` : `.${key}`;
    else out += out ? `.${key}` : key;
    node = next;
  }
  return out || '(root)';
}

export function formatIssues(file: string, error: z.ZodError, raw?: unknown): string {
  return error.issues.map((i) => `${file}: ${readablePath(i.path, raw)}: ${i.message}`).join('\n');
}

/** Parses `raw` with `schema`; throws "<heading>:\n<file: field: message lines>" when it does not fit. */
export function parseOrThrow<S extends z.ZodTypeAny>(schema: S, raw: unknown, file: string, heading: string): z.output<S> {
  const result = schema.safeParse(raw);
  if (!result.success) throw new Error(`${heading}:\n${formatIssues(file, result.error, raw)}`);
  return result.data;
}
