/** Words around numbers: plurals, lists, counts and sizes, for pages, tools and exports. */

const rules = new Intl.PluralRules('en-GB');
const numbers = new Intl.NumberFormat('en-GB');

/** "1 goal", "3 goals"; `other` defaults to `one` + "s". */
export function plural(n: number, one: string, other = `${one}s`): string {
  return `${formatNumber(n)} ${rules.select(n) === 'one' ? one : other}`;
}

/** "12,000" */
export function formatNumber(n: number): string {
  return numbers.format(n);
}

/** "a, b and c" */
export function listJoin(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** "1.2 KB" */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
