/**
 * @module
 * The browse benchmark's table (phases) and its targets, in the style of bench/table.ts.
 * Not product code.
 */
import { printTargets, renderTable } from '../table.ts';
import type { BrowseResult } from './measure-browse.ts';

export function printBrowseTable(r: BrowseResult): void {
  console.log(
    '\n' +
      renderTable(
        ['browse phase', 'ms', 'long tasks', 'longest (ms)', 'note'],
        r.rows.map((row) => [
          row.phase,
          row.ms.toFixed(0),
          String(row.longTasks),
          row.maxLongTask.toFixed(0),
          row.note,
        ]),
      ),
  );
  printTargets(r.targets);
}
