/**
 * @module
 * What the upload benchmark's link model (tcp-link.ts) allows with no CPU time at all: a
 * multipart upload of `size` bytes in `partSize` parts over `lanes` connections, simulated on
 * a virtual clock. Starting the upload and completing it take a round trip each; each lane
 * sends its parts one after another over its own connection (kept open, so its window stays
 * open between parts unless idle longer than the timeout), and a part is answered once its last
 * byte has arrived, the answer taking one more delay. Not product code.
 */
import { linkDirection, type LinkModel } from './tcp-link.ts';

/** The socket reads the proxy's link is fed in (their contents do not matter). */
const CHUNK = Buffer.alloc(64 * 1024);

/** Seconds the upload takes on the modelled link alone. */
export function idealUploadSeconds(model: LinkModel, size: number, partSize: number, lanes: number): number {
  let now = 0;
  // every event is scheduled one delay ahead, so appending keeps the queue in time order
  const queue: { at: number; f: () => void }[] = [];
  const clock = {
    now: () => now,
    schedule: (ms: number, f: () => void) => {
      let i = queue.length;
      while (i > 0 && queue[i - 1]!.at > now + ms) i--;
      queue.splice(i, 0, { at: now + ms, f });
    },
  };
  const parts = Math.max(1, Math.ceil(size / partSize));
  let next = 0;
  let running = 0;
  let done = -1;
  const complete = () => clock.schedule(model.delayMs, () => clock.schedule(model.delayMs, () => (done = now)));
  const lane = () => {
    const link = linkDirection(model, () => {}, () => {}, clock);
    const sendNext = () => {
      if (next >= parts) {
        if (--running === 0) complete();
        return;
      }
      const bytes = Math.min(partSize, size - next++ * partSize);
      for (let at = 0; at < bytes; at += CHUNK.length) link.send(CHUNK.subarray(0, Math.min(CHUNK.length, bytes - at)));
      link.afterDelivered(() => clock.schedule(model.delayMs, sendNext));
    };
    running++;
    sendNext();
  };
  // the upload is started one round trip before the first part
  clock.schedule(model.delayMs, () =>
    clock.schedule(model.delayMs, () => {
      for (let i = 0; i < Math.min(lanes, parts); i++) lane();
    }),
  );
  while (done < 0) {
    const event = queue.shift();
    if (!event) throw new Error('the simulated upload stalled');
    now = event.at;
    event.f();
  }
  return done / 1000;
}
