/**
 * Checks that a mentee-rates-mentor instrument (one with "rates") mirrors the instrument it names:
 * the same domain ids, both ways, and the same scale range, so the mentor's self-rating and the
 * mentee's rating of them can be set side by side per domain. Build time only; pure.
 */

interface Paired {
  /** The file as the host sees it, e.g. content/assessments/mentor-360.json. */
  file: string;
  /** The instrument id: the file name without .json. */
  id: string;
  data: { rates?: string | undefined; scale: { min: number; max: number }; domains: readonly { id: string }[] };
}

/** One line per problem, each naming both files. */
export function pairProblems(instruments: readonly Paired[]): string[] {
  const byId = new Map(instruments.map((i) => [i.id, i]));
  const problems: string[] = [];
  for (const rater of instruments) {
    const target = rater.data.rates;
    if (!target) continue;
    const rated = byId.get(target);
    if (!rated) {
      problems.push(`${rater.file}: rates: no instrument has the id "${target}" (expected assessments/${target}.json beside it)`);
      continue;
    }
    if (rated.data.rates) problems.push(`${rater.file}: rates: "${target}" itself rates another instrument; name a self-assessment instead`);
    const ours = new Set(rater.data.domains.map((d) => d.id));
    const theirs = new Set(rated.data.domains.map((d) => d.id));
    for (const d of theirs)
      if (!ours.has(d)) problems.push(`${rater.file}: domains: has no domain "${d}", which ${rated.file} has; each domain of the one must be in the other`);
    for (const d of ours)
      if (!theirs.has(d)) problems.push(`${rater.file}: domains[${d}]: ${rated.file} has no domain "${d}"; each domain of the one must be in the other`);
    const [a, b] = [rater.data.scale, rated.data.scale];
    if (a.min !== b.min || a.max !== b.max)
      problems.push(`${rater.file}: scale: runs from ${a.min} to ${a.max} but ${rated.file} from ${b.min} to ${b.max}; use the same range so the ratings can be compared`);
  }
  return problems;
}
