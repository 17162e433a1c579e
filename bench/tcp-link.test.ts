/**
 * The TCP link model of the upload benchmark's proxy, on a fake clock: the first flight is
 * the initial window, the window doubles per round trip up to the receive window, so a long
 * transfer moves at window / round trip; bytes arrive whole and in order; idle time shrinks
 * the window again.
 */
import { describe, expect, it } from 'vitest';
import { linkDirection, type LinkModel } from './tcp-link.ts';

const model: LinkModel = { delayMs: 50, initialWindow: 1000, maxWindow: 8000, rtoMs: 300 };

function fakeLink(m: LinkModel) {
  let now = 0;
  const timers: { at: number; f: () => void }[] = [];
  const arrivals: { at: number; bytes: number }[] = [];
  const received: Buffer[] = [];
  let drains = 0;
  const link = linkDirection(
    m,
    (chunk) => {
      arrivals.push({ at: now, bytes: chunk.length });
      received.push(chunk);
    },
    () => drains++,
    { now: () => now, schedule: (ms, f) => timers.push({ at: now + ms, f }) },
  );
  const runUntil = (t: number) => {
    for (;;) {
      timers.sort((a, b) => a.at - b.at);
      const next = timers[0];
      if (!next || next.at > t) break;
      timers.shift();
      now = next.at;
      next.f();
    }
    now = t;
  };
  const deliveredBy = (t: number) => arrivals.filter((a) => a.at <= t).reduce((n, a) => n + a.bytes, 0);
  return { link, runUntil, deliveredBy, received: () => Buffer.concat(received), drains: () => drains };
}

describe('linkDirection', () => {
  it('sends the initial window, then doubles it each round trip up to the receive window', () => {
    const l = fakeLink(model);
    const data = Buffer.alloc(40_000, 7);
    l.link.send(data);
    expect(l.link.backlogged).toBe(true);
    l.runUntil(50);
    expect(l.deliveredBy(50)).toBe(1000);
    l.runUntil(150);
    expect(l.deliveredBy(150)).toBe(1000 + 2000);
    l.runUntil(350);
    expect(l.deliveredBy(350)).toBe(1000 + 2000 + 4000 + 8000);
    l.runUntil(450);
    expect(l.deliveredBy(450)).toBe(15_000 + 8000); // capped: 8000 per 100 ms round trip
    let doneAt = -1;
    l.link.afterDelivered(() => (doneAt = l.deliveredBy(Infinity)));
    l.runUntil(10_000);
    expect(l.received().equals(data)).toBe(true);
    expect(doneAt).toBe(data.length);
    expect(l.link.backlogged).toBe(false);
    expect(l.drains()).toBe(1);
  });

  it('shrinks the window after an idle spell longer than the timeout, not after a short one', () => {
    const l = fakeLink(model);
    l.link.send(Buffer.alloc(40_000));
    l.runUntil(5_000); // window at 8000
    l.link.send(Buffer.alloc(20_000)); // idle since ~0.5 s: 4.5 s / 300 ms halvings → initial window
    l.runUntil(5_050);
    expect(l.deliveredBy(5_050) - 40_000).toBe(1000);
    l.runUntil(8_000);
    l.link.send(Buffer.alloc(20_000)); // window grew back to 8000; idle ~2.5 s again
    l.runUntil(8_050);
    expect(l.deliveredBy(8_050) - 60_000).toBe(1000);
    l.runUntil(8_600); // flights of 1, 2, 4, 8 and 5 kB, the last sent at 8.4 s and acknowledged
    expect(l.deliveredBy(8_600)).toBe(80_000);
    l.link.send(Buffer.alloc(8000)); // idle 200 ms < 300 ms: keeps its window of 8000
    l.runUntil(8_650);
    expect(l.deliveredBy(8_650) - 80_000).toBe(8000);
  });
});
