/**
 * Fixture archives for the publish journeys, written to a temp folder: valid ones per
 * architecture, a tampered copy (one byte of an image body flipped) and helpers to find them.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildFixtureS9pk, fixtureFiles, type FixtureOptions } from '../../src/core/testing/fixtures.ts';

export interface FixtureDir {
  dir: string;
  /** Builds `options` and writes it as `name`; returns the path. */
  write(name: string, options: FixtureOptions): Promise<string>;
  /** Like `write`, then flips one byte in the middle of `member`'s body. */
  writeTampered(name: string, options: FixtureOptions, member: string): Promise<string>;
}

export function fixtureDir(): FixtureDir {
  const dir = mkdtempSync(join(tmpdir(), 'rc-e2e-s9pk-'));
  return {
    dir,
    async write(name, options) {
      const path = join(dir, name);
      writeFileSync(path, await buildFixtureS9pk(options));
      return path;
    },
    async writeTampered(name, options, member) {
      const bytes = await buildFixtureS9pk(options);
      const body = fixtureFiles(options).get(member);
      if (!(body instanceof Uint8Array) || body.length < 128) throw new Error(`${member} is not a small in-memory member`);
      const probe = body.subarray(32, 96);
      const at = Buffer.from(bytes).indexOf(Buffer.from(probe));
      if (at < 0) throw new Error(`${member} not found in the archive`);
      bytes[at + 10]! ^= 0xff;
      const path = join(dir, name);
      writeFileSync(path, bytes);
      return path;
    },
  };
}
