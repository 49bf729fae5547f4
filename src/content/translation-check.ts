/**
 * Checking a translated content file (an instrument, the pulse) against the English one it
 * translates: the ids and values must be the same, only the texts differ. Pure.
 */

/** A recorder of differences: `differ(field, english, translated)` notes one line per field that is not the same. */
export function translationDiffer(file: string, englishFile: string): { differ: (field: string, english: unknown, translated: unknown) => void; problems: string[] } {
  const problems: string[] = [];
  const differ = (field: string, a: unknown, b: unknown) => {
    if (JSON.stringify(a) !== JSON.stringify(b)) problems.push(`${file}: ${field}: is ${JSON.stringify(b)} but ${englishFile} has ${JSON.stringify(a)}; a translation keeps the ids and values and changes only the texts`);
  };
  return { differ, problems };
}

/** The sorted values of a scale's labels, which a translation must keep. */
export const labelValues = (labels: readonly { value: number }[]) => labels.map((l) => l.value).sort((a, b) => a - b);
