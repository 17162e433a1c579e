/**
 * @module
 * `tsx bench/browse/trace-attribution.ts TRACE [--over 50]`: what each long main-thread task of
 * a browse benchmark trace (`tsx bench/browse/main.ts --trace TRACE`) spent its time on — the
 * events inside it by self time (JS calls with their function, GC, message deserialization,
 * style, layout, paint), after the last `bench:` user-timing mark (the phase). Not product code.
 */
import { readFile } from 'node:fs/promises';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time: far below `dur` when the machine is busy and the thread waits for a core. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { functionName?: string; url?: string; lineNumber?: number; columnNumber?: number } };
}

const file = process.argv[2];
if (!file) throw new Error('usage: trace-attribution.ts TRACE [--over 50]');
const overAt = process.argv.indexOf('--over');
const overMs = overAt > 0 ? Number(process.argv[overAt + 1]) : 50;
const trace = JSON.parse(await readFile(file, 'utf8')) as { traceEvents: TraceEvent[] } | TraceEvent[];
const events = Array.isArray(trace) ? trace : trace.traceEvents;

const mains = new Set(
  events
    .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
    .map((e) => `${e.pid}:${e.tid}`),
);
const onMain = events.filter((e) => mains.has(`${e.pid}:${e.tid}`));
const marks = onMain
  .filter((e) => e.name.startsWith('bench:') && (e.ph === 'R' || e.ph === 'I' || e.ph === 'i' || e.ph === 'b'))
  .sort((a, b) => a.ts - b.ts);
// the page's renderer: the one with the benchmark's marks
const page = marks[0] ? `${marks[0].pid}:${marks[0].tid}` : null;
const slices = onMain
  .filter((e) => e.ph === 'X' && e.dur !== undefined && (!page || `${e.pid}:${e.tid}` === page))
  .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
const t0 = marks[0]?.ts ?? slices[0]?.ts ?? 0;

const label = (e: TraceEvent) => {
  const d = e.args?.data;
  if (d?.functionName || d?.url) return `${e.name} ${d.functionName || '(anonymous)'} ${d.url?.split('/').pop() ?? ''}:${d.lineNumber ?? ''}:${d.columnNumber ?? ''}`;
  return e.name;
};

for (const task of slices.filter((e) => e.name === 'RunTask' && e.dur! > overMs * 1000)) {
  const end = task.ts + task.dur!;
  const inside = slices.filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur! <= end && e.tid === task.tid && e.pid === task.pid);
  // self time: an event's duration minus its direct children's
  const self = new Map<string, [number, number]>();
  const stack: { e: TraceEvent; child: number; childCpu: number }[] = [];
  const close = (upTo: number) => {
    while (stack.length > 0 && stack.at(-1)!.e.ts + stack.at(-1)!.e.dur! <= upTo) {
      const { e, child, childCpu } = stack.pop()!;
      const [wall, cpu] = self.get(label(e)) ?? [0, 0];
      self.set(label(e), [wall + e.dur! - child, cpu + (e.tdur ?? e.dur!) - childCpu]);
      if (stack.length > 0) {
        stack.at(-1)!.child += e.dur!;
        stack.at(-1)!.childCpu += e.tdur ?? e.dur!;
      }
    }
  };
  for (const e of inside) {
    close(e.ts);
    stack.push({ e, child: 0, childCpu: 0 });
  }
  close(Infinity);
  const phase = marks.filter((m) => m.ts <= task.ts).at(-1)?.name ?? '(before marks)';
  const top = [...self.entries()].sort((a, b) => b[1][1] - a[1][1]).slice(0, 6);
  const cpu = task.tdur ?? task.dur!;
  console.log(`at ${((task.ts - t0) / 1000).toFixed(0)} ms: ${(task.dur! / 1000).toFixed(0)} ms (${(cpu / 1000).toFixed(0)} ms on the CPU) [${phase}]`);
  for (const [name, [wall, own]] of top) {
    console.log(`    ${(own / 1000).toFixed(1).padStart(7)} ms CPU ${(wall / 1000).toFixed(1).padStart(7)} ms wall  ${name}`);
  }
}
