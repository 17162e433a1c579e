/**
 * @module
 * A line log appended to a file (`admin.log` in the data directory).
 */
import { appendFile } from 'node:fs/promises';
import type { LineLog } from '../ports.ts';

/** Appends each line and its newline to `path`. */
export function appendLog(path: string): LineLog {
  return { append: (line) => appendFile(path, `${line}\n`) };
}
