// The worker's request switch: one final answer per id, cancel by id, and inspect does not
// wait for the WASM hasher to compile (it hashes only tables and small members); an answer
// that cannot be posted (structured clone throws) still ends as a typed error.
import { describe, it, expect } from 'vitest';
import { encodeUtf8 } from '../core/bytes/utf8.ts';
import {
  TEST_ONLY_SEED,
  buildFixtureS9pk,
  fixtureManifest,
  fixtureTree,
} from '../core/testing/fixtures.ts';
import { writeS9pk } from '../core/s9pk/writer.ts';
import { nobleBlake3 } from '../core/s9pk/hasher.ts';
import { createRequestHandler, type HandlerHasher } from './handler.ts';
import type { WorkerResponse } from './protocol.ts';

const file = new Blob([
  (await buildFixtureS9pk({ imageSize: 3 << 20 })) as Uint8Array<ArrayBuffer>,
]);

const noble: Promise<HandlerHasher> = Promise.resolve({ name: 'noble', factory: nobleBlake3 });

/** `send` stands for the worker's postMessage (it may throw, as structured clone does). */
function setup(hasher: Promise<HandlerHasher>, send = (r: WorkerResponse) => r) {
  const out: WorkerResponse[] = [];
  let wake = () => undefined as void;
  const handle = createRequestHandler((r) => {
    out.push(send(r));
    wake();
  }, hasher);
  const final = (id: number) =>
    new Promise<WorkerResponse>((resolve) => {
      const check = () => {
        const r = out.find((x) => x.id === id && 'ok' in x);
        if (r) resolve(r);
      };
      wake = check;
      check();
    });
  return { out, handle, final };
}

describe('createRequestHandler', () => {
  it('answers inspect with noble while the chosen hasher is still loading; verify waits', async () => {
    let release!: (h: HandlerHasher) => void;
    const { out, handle, final } = setup(new Promise((r) => (release = r)));
    handle({ op: 'inspect', id: 1, file });
    expect(await final(1)).toMatchObject({ id: 1, ok: true });
    handle({ op: 'verify', id: 2, file });
    await new Promise((r) => setTimeout(r, 50));
    expect(out.filter((r) => r.id === 2)).toEqual([]);
    release({ name: 'noble', factory: nobleBlake3 });
    expect(await final(2)).toMatchObject({ ok: true, value: { complete: true, hasher: 'noble' } });
  });

  it('cancel by id ends the run with one ABORTED answer', async () => {
    const { out, handle, final } = setup(noble);
    handle({ op: 'verify', id: 7, file });
    handle({ op: 'cancel', id: 7 });
    expect(await final(7)).toMatchObject({ ok: false, error: { code: 'ABORTED' } });
    await new Promise((r) => setTimeout(r, 20));
    expect(out.filter((r) => r.id === 7 && 'ok' in r)).toHaveLength(1);
  });

  it('rejects an unknown operation with its id', async () => {
    const { handle, final } = setup(noble);
    handle({ op: 'explode', id: 9 } as never);
    expect(await final(9)).toMatchObject({ ok: false, error: { code: 'BYTES_RANGE' } });
  });

  it('answers WORKER_REPLY_FAILED when the result cannot be posted', async () => {
    const { handle, final } = setup(noble, (r) => {
      if ('ok' in r && r.ok) throw new RangeError('Maximum call stack size exceeded');
      return r;
    });
    handle({ op: 'inspect', id: 3, file });
    expect(await final(3)).toMatchObject({
      ok: false,
      error: {
        code: 'WORKER_REPLY_FAILED',
        message: 'could not send the answer: RangeError: Maximum call stack size exceeded',
      },
    });
  });

  it('answers a signed file with a deeply nested manifest key, through structured clone', async () => {
    const deep = '['.repeat(20_000) + ']'.repeat(20_000);
    const manifest = JSON.stringify(fixtureManifest()).replace(/^\{/, `{"futureKey":${deep},`);
    const tree = fixtureTree({ extraFiles: { 'manifest.json': encodeUtf8(manifest) } });
    const bytes = await writeS9pk(tree, { seed: TEST_ONLY_SEED, layout: 'pack', checkMembers: false });
    const { handle, final } = setup(noble, (r) => structuredClone(r));
    handle({ op: 'inspect', id: 4, file: new Blob([bytes as Uint8Array<ArrayBuffer>]) });
    expect(await final(4)).toMatchObject({
      ok: false,
      error: { code: 'S9PK_JSON_TOO_DEEP', detail: { path: 'manifest.json', depth: 20_001 } },
    });
  });
});
