/**
 * @module
 * Samples the anonymous resident memory (`RssAnon`, Linux /proc) of a Chromium process tree:
 * the memory a verification really costs, ArrayBuffer backing stores and IPC buffers included
 * (a worker's V8 heap counters exclude both). Not product code.
 */
import { readdir, readFile } from 'node:fs/promises';

interface Proc {
  pid: number;
  ppid: number;
  type: string;
}

async function listProcs(): Promise<Proc[]> {
  const out: Proc[] = [];
  for (const name of await readdir('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = await readFile(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      // Chromium rewrites its argv into one space-separated string, so match, don't split.
      const cmd = await readFile(`/proc/${name}/cmdline`, 'utf8');
      const type = /--type=([\w-]+)/.exec(cmd)?.[1] ?? 'browser';
      out.push({ pid: Number(name), ppid, type });
    } catch {
      // the process ended while we looked
    }
  }
  return out;
}

/** The process whose command line holds `marker`, and all its descendants. */
export async function processTree(marker: string): Promise<Proc[]> {
  const procs = await listProcs();
  let root: Proc | undefined;
  for (const p of procs) {
    const cmd = await readFile(`/proc/${p.pid}/cmdline`, 'utf8').catch(() => '');
    if (cmd.includes(marker) && !cmd.includes('--type=')) root = p;
  }
  if (!root) throw new Error(`no process with ${marker}`);
  const tree = [root];
  for (let i = 0; i < tree.length; i++) {
    for (const p of procs) if (p.ppid === tree[i]!.pid) tree.push(p);
  }
  return tree;
}

async function rssAnon(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  const kb = /RssAnon:\s+(\d+) kB/.exec(status)?.[1];
  return kb ? Number(kb) * 1024 : 0;
}

/** One sample: bytes per process type and in total. */
export interface MemorySample {
  t: number;
  total: number;
  renderer: number;
}

/** Samples the tree every `everyMs` until stopped; re-lists processes each second. */
export function sampleMemory(marker: string, everyMs = 20) {
  const samples: MemorySample[] = [];
  let procs: Proc[] = [];
  let listedAt = 0;
  let stopped = false;
  const loop = (async () => {
    while (!stopped) {
      const t = performance.now();
      if (t - listedAt > 1000) {
        procs = await processTree(marker);
        listedAt = t;
      }
      const sizes = await Promise.all(procs.map((p) => rssAnon(p.pid)));
      const renderer = procs.reduce((n, p, i) => n + (p.type === 'renderer' ? sizes[i]! : 0), 0);
      samples.push({ t, total: sizes.reduce((a, b) => a + b, 0), renderer });
      await new Promise((ok) => setTimeout(ok, everyMs));
    }
  })();
  return {
    /** Peak over [from, to] minus the median of the 500 ms before `from`. */
    extra(from: number, to: number) {
      const before = samples.filter((s) => s.t >= from - 500 && s.t < from);
      const during = samples.filter((s) => s.t >= from && s.t <= to);
      const median = (xs: number[]) =>
        [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
      const peak = (k: 'total' | 'renderer') =>
        Math.max(0, ...during.map((s) => s[k])) - median(before.map((s) => s[k]));
      return { total: peak('total'), renderer: peak('renderer'), samples: during.length };
    },
    async stop() {
      stopped = true;
      await loop;
    },
  };
}
