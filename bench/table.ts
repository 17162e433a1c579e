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

function render(head: string[], body: string[][]): string {
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
      render(
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
  console.log(
    '\n' +
      render(
        ['target', 'this run', 'met'],
        targets.map((t) => [t.target, t.value, t.met ? 'yes' : 'NO']),
      ),
  );
}
