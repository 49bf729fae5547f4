/**
 * Runs `task` over `items`, at most `limit` at a time. Rejects with the first failure, after which
 * no new item is started (the ones already running finish).
 */
export async function runPool<T>(items: readonly T[], limit: number, task: (item: T, index: number) => Promise<unknown>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      try {
        await task(items[i]!, i);
      } catch (e) {
        next = items.length;
        throw e;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(0, Math.min(limit, items.length)) }, worker));
}
