/**
 * Small-number protection for the program report. The rule, as the report applies it:
 *
 * A figure is a value computed over a set of respondents (its contributors: those who answered
 * that item).
 * (a) A figure over fewer than k contributors is not shown.
 * (b) For every published figure and every group split of it (the options of a group question;
 *     contributors with no answer to the group question form their own implicit part), the parts
 *     that are withheld must together be either none or at least k contributors; when they are
 *     1..k-1, the next smallest shown part is withheld as well, repeating (if that leaves
 *     everything withheld, only the total shows).
 * (c) Nested sets: a matched pre/post figure over the participants present in both waves is
 *     withheld when, in either wave, the wave's published total for that item differs from the
 *     matched set by 1..k-1 contributors.
 * (d) Distributions: categories with counts under k are merged with a neighbour (scale points, in
 *     order; choice options into "other answers") until every shown category has at least k, or
 *     the distribution is hidden; a distribution whose total is under k is hidden.
 * (e) Free text: shown only for a group of at least k text answers, each answer on its own,
 *     sorted (not in file order), never beside any other field of the same response.
 * Means are shown to 1 decimal.
 *
 * Why (b) and (c): a withheld group is still there in the total. With everyone (n=12) and mentees
 * (n=9) published, the three mentors' mean is (12·all − 9·mentees) / 3. Withholding a second part
 * (or every part) leaves only sums over at least k people. Beyond the rule, a split's
 * distributions are checked the same way: what the total minus the shown parts leaves, category by
 * category, must be none or at least k, or the parts' distributions are withheld.
 * Pure: no DOM.
 */

export type Withheld = 'few' | 'complement';

/** k as the report uses it: a whole number, never below 3 (5 when missing). */
export function clampK(k: number | undefined): number {
  if (k === undefined || !Number.isFinite(k)) return 5;
  return Math.max(3, Math.floor(k));
}

/** To 1 decimal, as every mean is published. */
export const roundMean = (x: number): number => Math.round(x * 10) / 10;

/**
 * Rules (a) and (b) over one split. `parts`: each part's contributor count and any reason it is
 * already withheld (rule (c), say). Returns each part's reason, or null when it may be shown.
 */
export function protectSplit(parts: readonly { n: number; withheld?: Withheld | null }[], k: number): (Withheld | null)[] {
  const out: (Withheld | null)[] = parts.map((p) => p.withheld ?? (p.n < k ? 'few' : null));
  for (;;) {
    const withheldN = parts.reduce((sum, p, i) => sum + (out[i] ? p.n : 0), 0);
    if (withheldN === 0 || withheldN >= k) return out;
    let next = -1;
    for (const [i, p] of parts.entries()) if (!out[i] && (next < 0 || p.n < parts[next]!.n)) next = i;
    if (next < 0) return out;
    out[next] = 'complement';
  }
}

/** Rule (c): a matched figure over `matched` people, against each wave's published total (null: not published). */
export function nestedWithheld(matched: number, waveTotals: readonly (number | null)[], k: number): boolean {
  return waveTotals.some((n) => n !== null && n - matched >= 1 && n - matched < k);
}

/** A shown category of a distribution: the categories it merges (their keys, in order) and its count. */
export interface Block {
  keys: string[];
  count: number;
  /** The "other answers" of an unordered distribution. */
  other?: true;
}

/**
 * Rule (d) for ordered categories (scale points, meeting frequencies): the smallest category under
 * k merges with its smaller neighbour, until every category has at least k. Null when the total
 * is under k.
 */
export function mergeOrdered(categories: readonly { key: string; count: number }[], k: number): Block[] | null {
  const total = categories.reduce((s, c) => s + c.count, 0);
  if (total < k || categories.length === 0) return null;
  const blocks: Block[] = categories.map((c) => ({ keys: [c.key], count: c.count }));
  for (;;) {
    let low = -1;
    for (const [i, b] of blocks.entries()) if (b.count < k && (low < 0 || b.count < blocks[low]!.count)) low = i;
    if (low < 0 || blocks.length === 1) return blocks;
    const left = blocks[low - 1];
    const right = blocks[low + 1];
    const into = !right || (left && left.count <= right.count) ? low - 1 : low + 1;
    const [a, b] = into < low ? [into, low] : [low, into];
    blocks.splice(a, 2, { keys: [...blocks[a]!.keys, ...blocks[b]!.keys], count: blocks[a]!.count + blocks[b]!.count });
  }
}

export const OTHER_ANSWERS = 'other answers';

/**
 * Rule (d) for unordered options: every option under k goes into "other answers"; while that is
 * 1..k-1, the smallest shown option joins it. Null when the total is under k or nothing but
 * "other answers" would be left.
 */
export function mergeChoices(options: readonly { key: string; count: number }[], k: number): Block[] | null {
  const total = options.reduce((s, c) => s + c.count, 0);
  if (total < k) return null;
  const shown = options.filter((o) => o.count >= k).map((o) => ({ keys: [o.key], count: o.count }));
  const other: Block = { other: true, keys: options.filter((o) => o.count < k).map((o) => o.key), count: options.filter((o) => o.count < k).reduce((s, o) => s + o.count, 0) };
  while (other.count > 0 && other.count < k && shown.length) {
    let low = 0;
    for (const [i, b] of shown.entries()) if (b.count < shown[low]!.count) low = i;
    const [b] = shown.splice(low, 1);
    other.keys.push(...b!.keys);
    other.count += b!.count;
  }
  if (!shown.length) return null;
  // "other answers" keeps the options' own order of keys, so the join check below sees the same sets.
  const order = new Map(options.map((o, i) => [o.key, i]));
  other.keys.sort((x, y) => order.get(x)! - order.get(y)!);
  // An "other answers" of nobody is left out: it holds nothing to protect or to show.
  return other.count > 0 ? [...shown, other] : shown;
}

/**
 * The distributions of one split, differenced: over the finest categories every published
 * distribution can be summed to, the total minus the shown parts is what the withheld parts hold.
 * True when some such category holds 1..k-1 of them (then the parts' distributions are withheld).
 */
export function distributionsLeak(total: readonly Block[], shownParts: readonly (readonly Block[])[], k: number): boolean {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(x, r);
    return r;
  };
  const all = [total, ...shownParts];
  for (const d of all) for (const b of d) for (const key of b.keys) if (!parent.has(key)) parent.set(key, key);
  for (const d of all) for (const b of d) for (const key of b.keys.slice(1)) parent.set(find(key), find(b.keys[0]!));
  // Every block lies wholly within one joined category, since its keys were joined.
  const rest = new Map<string, number>();
  for (const b of total) rest.set(find(b.keys[0]!), (rest.get(find(b.keys[0]!)) ?? 0) + b.count);
  for (const d of shownParts) for (const b of d) rest.set(find(b.keys[0]!), (rest.get(find(b.keys[0]!)) ?? 0) - b.count);
  return [...rest.values()].some((n) => n >= 1 && n < k);
}

/** Rule (e): the text answers to publish (trimmed, non-empty, sorted), or null when fewer than k. */
export function publishTexts(answers: readonly string[], k: number): string[] | null {
  const texts = answers.map((a) => a.trim()).filter(Boolean);
  if (texts.length < k) return null;
  return texts.sort((a, b) => a.localeCompare(b, 'en') || (a < b ? -1 : a > b ? 1 : 0));
}
