/** An in-memory Storage for unit tests, with switches for the failures browsers produce. */
export class MemoryStorage implements Storage {
  private map = new Map<string, string>();
  /** When set, setItem throws a QuotaExceededError (as a full browser storage does). */
  full = false;
  /** When set, every access throws a SecurityError (as storage disabled by settings does). */
  blocked = false;
  /** Largest total size in characters before setItem throws QuotaExceededError. */
  constructor(private quota = Infinity) {}

  private guard() {
    if (this.blocked) throw new DOMException('The operation is insecure.', 'SecurityError');
  }
  get length() {
    this.guard();
    return this.map.size;
  }
  clear() {
    this.guard();
    this.map.clear();
  }
  getItem(key: string) {
    this.guard();
    return this.map.has(key) ? this.map.get(key)! : null;
  }
  key(index: number) {
    this.guard();
    return [...this.map.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.guard();
    this.map.delete(key);
  }
  setItem(key: string, value: string) {
    this.guard();
    const size = [...this.map].reduce((n, [k, v]) => n + (k === key ? 0 : k.length + v.length), 0) + key.length + value.length;
    if (this.full || size > this.quota) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.map.set(key, String(value));
  }
  [name: string]: unknown;
}
