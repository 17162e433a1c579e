/**
 * @module
 * One direction of a modelled TCP connection over a long link, for the latency proxy: bytes
 * take `delayMs` to arrive, and the sender may have at most a congestion window of bytes
 * unacknowledged, an acknowledgement returning `delayMs` after its bytes arrived. So a
 * connection moves at most window / round trip, as a real one does, however fast the machine.
 * The window follows Linux's defaults, without loss: it starts at 10 segments (RFC 6928),
 * grows by every byte acknowledged (slow start, doubling per round trip) up to the receive
 * window, and after an idle spell longer than the retransmission timeout it is halved per
 * timeout elapsed, down to the initial window (RFC 5681 §4.1, `tcp_slow_start_after_idle=1`).
 * Not product code.
 */

export interface LinkModel {
  /** One-way delay (ms). */
  delayMs: number;
  /** Initial congestion window (bytes). */
  initialWindow: number;
  /** The receiver's window: the most bytes in flight (bytes). */
  maxWindow: number;
  /** Retransmission timeout, the idle time after which the window shrinks (ms). */
  rtoMs: number;
}

/** A segment's payload on Ethernet (1500 MTU − 40 bytes of IPv4 and TCP headers, less options). */
const MSS = 1460;

/**
 * Linux defaults for a link with `delayMs` each way: initial window 10 × MSS (RFC 6928, Linux
 * since 2.6.39); receive window 3 MiB (`net.ipv4.tcp_rmem` maximum 6 MiB, half of it advertised
 * as window with the default `tcp_adv_win_scale=1`); RTO = round trip + 200 ms (`TCP_RTO_MIN`
 * as the floor of the variance term on a steady link).
 */
export function linuxLink(delayMs: number): LinkModel {
  return { delayMs, initialWindow: 10 * MSS, maxWindow: 3 * 2 ** 20, rtoMs: 2 * delayMs + 200 };
}

/** The model's parameters in one line, for benchmark output. */
export function describeLink(m: LinkModel): string {
  return `${m.delayMs} ms each way; TCP window from ${(m.initialWindow / 1000).toFixed(1)} kB (10 segments) by slow start to ${(m.maxWindow / 2 ** 20).toFixed(0)} MiB, halved per ${m.rtoMs} ms idle (Linux defaults, no loss): at most ${((m.maxWindow / (2 * m.delayMs)) * 1000 / 2 ** 20).toFixed(0)} MiB/s per connection`;
}

export interface LinkDirection {
  /** Queues bytes the sender wrote. */
  send(chunk: Buffer): void;
  /** True while more bytes are queued than the window lets go (the sender should pause). */
  readonly backlogged: boolean;
  /** Calls `f` once every byte sent so far has arrived (at once if none is on its way). */
  afterDelivered(f: () => void): void;
}

/**
 * One direction: `deliver` gets the bytes `delayMs` after the window let them go; `drained`
 * is called when a backlog has cleared. `now` and `schedule` are injectable for tests.
 */
export function linkDirection(
  model: LinkModel,
  deliver: (chunk: Buffer) => void,
  drained: () => void,
  clock: { now: () => number; schedule: (ms: number, f: () => void) => void } = { now: () => performance.now(), schedule: (ms, f) => void setTimeout(f, ms) },
): LinkDirection {
  let cwnd = model.initialWindow;
  let inFlight = 0;
  let lastSent = -Infinity;
  const queue: Buffer[] = [];
  let queued = 0;
  let undelivered = 0;
  const waiting: (() => void)[] = [];

  const pump = () => {
    const wasBacklogged = queued > 0;
    while (queue.length > 0 && inFlight < cwnd) {
      const head = queue[0]!;
      const n = Math.min(head.length, cwnd - inFlight);
      const part = n === head.length ? queue.shift()! : head.subarray(0, n);
      if (n < head.length) queue[0] = head.subarray(n);
      queued -= n;
      inFlight += n;
      lastSent = clock.now();
      clock.schedule(model.delayMs, () => {
        deliver(part);
        undelivered -= n;
        if (undelivered === 0) for (const f of waiting.splice(0)) f();
        clock.schedule(model.delayMs, () => acked(n));
      });
    }
    if (wasBacklogged && queued === 0) drained();
  };
  const acked = (n: number) => {
    inFlight -= n;
    cwnd = Math.min(cwnd + n, model.maxWindow);
    pump();
  };
  return {
    send(chunk) {
      if (inFlight === 0 && queued === 0) {
        const idle = clock.now() - lastSent;
        if (idle > model.rtoMs) cwnd = Math.max(Math.floor(cwnd / 2 ** Math.floor(idle / model.rtoMs)), model.initialWindow);
      }
      queue.push(chunk);
      queued += chunk.length;
      undelivered += chunk.length;
      pump();
    },
    afterDelivered(f) {
      if (undelivered === 0) f();
      else waiting.push(f);
    },
    get backlogged() {
      return queued > 0;
    },
  };
}
