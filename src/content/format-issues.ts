/** The one way build-time checks report a zod error: "file: field.path: message", one line per problem. */
import type { z } from 'astro/zod';

export function formatIssues(file: string, error: z.ZodError): string {
  return error.issues.map((i) => `${file}: ${i.path.join('.') || '(root)'}: ${i.message}`).join('\n');
}

/** Parses `raw` with `schema`; throws "<heading>:\n<file: field: message lines>" when it does not fit. */
export function parseOrThrow<S extends z.ZodTypeAny>(schema: S, raw: unknown, file: string, heading: string): z.output<S> {
  const result = schema.safeParse(raw);
  if (!result.success) throw new Error(`${heading}:\n${formatIssues(file, result.error)}`);
  return result.data;
}
