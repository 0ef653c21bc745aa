/**
 * Runs `worker` over `items` with at most `concurrency` calls in flight. On the first failure no new item
 * is started, the signal passed to the running workers is aborted, and once they have settled the first
 * error is thrown: no worker is left running behind the caller's back.
 *
 * @param items - the work items.
 * @param concurrency - the most calls at once (at least 1).
 * @param worker - called with each item, its index and a signal aborted on failure or by `signal`.
 * @param signal - an outside signal that stops the run.
 * @returns the results, in item order.
 * @throws the first error thrown by a worker, or the outside signal's reason.
 * @internal
 */
export async function runConcurrently<T, R>(
  items: readonly T[],
  concurrency: number,
  worker: (item: T, index: number, signal: AbortSignal) => Promise<R>,
  signal?: AbortSignal,
): Promise<R[]> {
  const controller = new AbortController();
  const onAbort = () => controller.abort(signal?.reason);
  signal?.addEventListener('abort', onAbort, { once: true });
  if (signal?.aborted) onAbort();
  const results = new Array<R>(items.length);
  let next = 0;
  let failure: { error: unknown } | undefined;
  const lane = async () => {
    while (failure === undefined && !controller.signal.aborted && next < items.length) {
      const index = next++;
      try {
        results[index] = await worker(items[index]!, index, controller.signal);
      } catch (error) {
        failure ??= { error };
        controller.abort(error);
      }
    }
  };
  try {
    const lanes = Math.max(1, Math.min(Math.floor(concurrency) || 1, items.length));
    await Promise.all(Array.from({ length: lanes }, lane));
  } finally {
    signal?.removeEventListener('abort', onAbort);
  }
  if (failure !== undefined) throw failure.error;
  signal?.throwIfAborted();
  return results;
}
