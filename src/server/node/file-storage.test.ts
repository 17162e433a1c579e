import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileStorage } from './file-storage.ts';
import { appendLog } from './append-log.ts';

describe('node ports', () => {
  it('fileStorage creates the directory, loads null first, then replaces registry.json', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'rc-store-')), 'nested');
    const storage = fileStorage(dir);
    expect(await storage.load()).toBeNull();
    await storage.save('{"a":1}');
    await storage.save('{"a":2}');
    expect(await storage.load()).toBe('{"a":2}');
    expect(readdirSync(dir)).toEqual(['registry.json']);
  });

  it('appendLog appends one line per call', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'rc-log-')), 'admin.log');
    const log = appendLog(path);
    await log.append('one');
    await log.append('two');
    expect(readFileSync(path, 'utf8')).toBe('one\ntwo\n');
  });
});
