/**
 * @module
 * Benchmark worker for bench/run.ts (../shared/notes/hashing-in-the-browser.md): raw File read
 * strategies and hash configurations, each timed inside one module worker. Not product code.
 */
import { blake3 } from '@noble/hashes/blake3.js';
import { blobByteSource } from '../../src/core/s9pk/byte-source.ts';
import { nobleBlake3, type HasherFactory } from '../../src/core/s9pk/hasher.ts';
import { hashRange } from '../../src/core/s9pk/stream-hash.ts';
import { openS9pk } from '../../src/core/s9pk/open.ts';
import { verifyAll } from '../../src/core/s9pk/verify-all.ts';
import { selectHasher } from '../../src/worker/load-blake3-wasm.ts';
import { verifyByStreaming } from '../../src/worker/stream-verify.ts';

/** One benchmark task. `offset`/`length` select a byte range of the file (default: all). */
export type BenchTask =
  | { task: 'read-slice'; chunk: number }
  | { task: 'read-stream' }
  | { task: 'read-byob'; chunk: number }
  | { task: 'hash-slice'; hasher: 'wasm' | 'noble'; chunk: number; length?: number }
  | { task: 'verify'; strategy: 'stream' | 'slices'; bufferSize?: number }
  | { task: 'hash-memory'; length: number }
  | { task: 'upstream'; offset: number; length: number };

export interface BenchResult {
  bytes: number;
  ms: number;
  note?: string;
}

declare const self: {
  onmessage: ((ev: MessageEvent<{ file: File; spec: BenchTask }>) => void) | null;
  postMessage(m: unknown): void;
};

const wasm: Promise<HasherFactory> = selectHasher().then((s) => {
  if (s.name !== 'blake3-wasm') throw new Error(`blake3-wasm unavailable: ${s.fallbackReason}`);
  return s.factory;
});

/** 16 MiB-style slices with the next one requested while the current one is consumed. */
async function readSlices(file: Blob, chunk: number, end: number, use: (b: Uint8Array) => void) {
  const next = (at: number) =>
    at < end ? file.slice(at, Math.min(end, at + chunk)).arrayBuffer() : null;
  let at = 0;
  let pending = next(0);
  while (pending) {
    const buf = await pending;
    at += buf.byteLength;
    pending = next(at);
    use(new Uint8Array(buf));
  }
  return at;
}

/** Blob.stream() with a BYOB reader into two reused buffers (no per-chunk allocation). */
async function readByob(file: Blob, chunk: number, use: (b: Uint8Array) => void) {
  const reader = file.stream().getReader({ mode: 'byob' });
  let buf = new Uint8Array(chunk);
  let total = 0;
  for (;;) {
    const { value, done } = await reader.read(buf);
    if (done || !value) break;
    total += value.length;
    use(value);
    buf = new Uint8Array(value.buffer, 0, chunk);
  }
  return total;
}

async function run(file: File, spec: BenchTask): Promise<BenchResult> {
  const t0 = performance.now();
  const done = (bytes: number, note?: string): BenchResult => ({
    bytes,
    ms: performance.now() - t0,
    note,
  });
  switch (spec.task) {
    case 'read-slice':
      return done(await readSlices(file, spec.chunk, file.size, () => undefined));
    case 'read-stream': {
      const reader = file.stream().getReader();
      let n = 0;
      let chunks = 0;
      for (let r = await reader.read(); !r.done; r = await reader.read()) {
        n += r.value.length;
        chunks++;
      }
      return done(n, `${chunks} chunks, mean ${Math.round(n / chunks / 1024)} KiB`);
    }
    case 'read-byob': {
      let reads = 0;
      const n = await readByob(file, spec.chunk, () => void reads++);
      return done(n, `${reads} reads, mean ${Math.round(n / reads / 1024)} KiB`);
    }
    case 'hash-slice': {
      const hasher = spec.hasher === 'wasm' ? await wasm : nobleBlake3;
      const length = Math.min(spec.length ?? file.size, file.size);
      const t = performance.now();
      await hashRange(blobByteSource(file), 0, length, { hasher, chunkSize: spec.chunk });
      return { bytes: length, ms: performance.now() - t };
    }
    case 'verify': {
      // The worker's own verification code (src/worker), without the pool's messaging.
      const hasher = await wasm;
      const t = performance.now();
      const opened = await openS9pk(blobByteSource(file), { hasher });
      const v =
        spec.strategy === 'stream'
          ? await verifyByStreaming(opened, file, { bufferSize: spec.bufferSize })
          : await verifyAll(opened);
      return { bytes: v.bytes, ms: performance.now() - t, note: `${spec.strategy} reads` };
    }
    case 'hash-memory': {
      const factory = await wasm;
      const data = new Uint8Array(64 << 20).map((_, i) => i * 7);
      const t = performance.now();
      const h = factory.createHasher();
      for (let n = 0; n < spec.length; n += data.length) h.update(data);
      h.digest();
      return { bytes: spec.length, ms: performance.now() - t };
    }
    case 'upstream': {
      // Upstream's reader: one whole member in memory, @noble/hashes BLAKE3 over it.
      const bytes = new Uint8Array(
        await file.slice(spec.offset, spec.offset + spec.length).arrayBuffer(),
      );
      const readMs = performance.now() - t0;
      blake3(bytes);
      return done(bytes.length, `read ${Math.round(readMs)} ms of it`);
    }
    default: {
      const never: never = spec;
      throw new Error(`unknown task ${JSON.stringify(never)}`);
    }
  }
}

self.onmessage = (ev) => {
  run(ev.data.file, ev.data.spec).then(
    (r) => self.postMessage({ ok: true, result: r }),
    (e: unknown) => self.postMessage({ ok: false, error: String(e) }),
  );
};
