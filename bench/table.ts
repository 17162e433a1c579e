/**
 * @module
 * Plain-text tables for bench/run.ts. Not product code.
 */

/** One measured configuration. */
export interface Row {
  name: string;
  bytes: number;
  ms: number;
  longTasks: number;
  maxLongTask?: number;
  maxGap: number;
  note?: string;
  /** Peak anonymous resident memory over the idle baseline (bytes). */
  memory: { total: number; renderer: number; samples: number };
}

/** One target of the brief and whether this run met it. */
export interface Target {
  target: string;
  value: string;
  met: boolean;
}

/** A Markdown table with padded columns. */
export function renderTable(head: string[], body: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [
    line(head),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...body.map(line),
  ].join('\n');
}

/** Prints the measurements and the targets as Markdown tables. */
export function printTable(rows: Row[], targets: Target[]): void {
  const MiB = 1 << 20;
  console.log(
    '\n' +
      renderTable(
        [
          'configuration',
          'MiB',
          's',
          'MB/s',
          'extra mem renderer / all (MiB)',
          'long tasks',
          'note',
        ],
        rows.map((r) => [
          r.name,
          (r.bytes / MiB).toFixed(0),
          (r.ms / 1000).toFixed(2),
          (r.bytes / r.ms / 1e3).toFixed(0),
          `${(r.memory.renderer / MiB).toFixed(0)} / ${(r.memory.total / MiB).toFixed(0)}`,
          String(r.longTasks),
          r.note ?? '',
        ]),
      ),
  );
  printTargets(targets);
}

/** Prints targets and whether this run met them. */
export function printTargets(targets: Target[]): void {
  console.log(
    '\n' +
      renderTable(
        ['target', 'this run', 'met'],
        targets.map((t) => [t.target, t.value, t.met ? 'yes' : 'NO']),
      ),
  );
}

/** Prints the upload benchmark (bench/upload.ts) and its target as Markdown tables. */
export function printUploadTable(rows: { name: string; concurrency: number; bytes: number; rounds: number[]; seconds: number; cpu: number }[], targets: Target[]): void {
  const MiB = 1 << 20;
  console.log(
    '\n' +
      renderTable(
        ['upload', 'MiB', 'parts at once', 's (median)', 'MB/s', 'CPU s, all processes', 'rounds (s)'],
        rows.map((r) => [
          r.name,
          (r.bytes / MiB).toFixed(0),
          String(r.concurrency),
          r.seconds.toFixed(2),
          (r.bytes / r.seconds / 1e6).toFixed(0),
          r.cpu.toFixed(2),
          r.rounds.map((s) => s.toFixed(2)).join(', '),
        ]),
      ),
  );
  console.log('\n' + renderTable(['target', 'this run', 'met'], targets.map((t) => [t.target, t.value, t.met ? 'yes' : 'NO'])));
}
