/**
 * A download that stops being read (a stalled client, a laptop closed halfway)
 * must not hold its database snapshot for ever: a long-lived read transaction
 * keeps SQLite from folding the WAL back into the database, so the WAL grows.
 * The wrapper cancels the source — which closes its reader — when the consumer
 * has not asked for the next chunk within `idleMs`. Time spent producing a chunk
 * does not count: only waiting for the consumer does.
 */
export const EXPORT_IDLE_MS = 60_000;

export function withIdleTimeout(
  source: ReadableStream<Uint8Array>,
  idleMs = EXPORT_IDLE_MS,
): ReadableStream<Uint8Array> {
  const reader = source.getReader();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let controller: ReadableStreamDefaultController<Uint8Array> | undefined;
  const stop = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
  };
  const arm = () => {
    stop();
    timer = setTimeout(() => {
      timer = undefined;
      void reader.cancel("idle");
      controller?.error(new Error(`The download was not read for ${idleMs / 1000} s and was stopped.`));
    }, idleMs);
    timer.unref?.();
  };
  return new ReadableStream<Uint8Array>(
    {
      start(c) {
        controller = c;
        arm();
      },
      async pull(c) {
        stop();
        const { done, value } = await reader.read();
        if (done) {
          c.close();
          return;
        }
        c.enqueue(value);
        arm();
      },
      async cancel(reason) {
        stop();
        await reader.cancel(reason);
      },
    },
    { highWaterMark: 1 },
  );
}
