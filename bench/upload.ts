/**
 * @module
 * Upload benchmark (issue 12 item 4): the console's own uploader (core/s3/multipart.ts, the
 * code the browser runs) sends a 256 MiB file one part at a time and four at once: to a local
 * s3rver bucket directly, through latency-proxy.ts (50 ms each way, as to a distant bucket,
 * each connection modelled as TCP with Linux's default windows: tcp-link.ts), and through the
 * same proxy to null-bucket.ts. The target is measured to the null bucket: a distant bucket's
 * hashing and disk writes happen on its own machines, while s3rver's (MD5 and a write of
 * every part, then a read, hash and write of the whole object on completion) share this
 * machine's CPU with the uploader and the proxy and bound the four-part upload (its rows stay
 * for comparison). Parts are sent by node-part-sender.ts, which hands each part's bytes to the
 * socket as the browser's XMLHttpRequest does, not by Node's fetch, whose streaming of a Blob
 * body on the event loop was the client's main cost. The buckets and the proxy run in child
 * processes (upload-servers.ts), as they would on other machines. Each configuration runs
 * `rounds` times, interleaved, and reports its median.
 * Usage alone: `tsx bench/upload.ts [--size-mib 256] [--rounds 3]`. Not product code.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtemp, open, readFile, rm } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { S3_ACCESS_KEY, S3_SECRET_KEY } from '../src/cli/stack/s3.ts';
import { uploadMultipart } from '../src/core/s3/multipart.ts';
import { choosePartSize } from '../src/core/s3/part-size.ts';
import { DEFAULT_KEY_TEMPLATE, type S3Target } from '../src/core/s3/s3-target.ts';
import { nodePartSender } from './node-part-sender.ts';
import type { Target } from './table.ts';
import { idealUploadSeconds } from './link-ideal.ts';
import { describeLink, linuxLink } from './tcp-link.ts';
import { median, numberArg } from './cli.ts';

const MiB = 2 ** 20;

export interface UploadRow {
  name: string;
  endpoint: string;
  concurrency: number;
  bytes: number;
  /** Seconds of each round, then the median. */
  rounds: number[];
  seconds: number;
  /** CPU seconds of the uploader, buckets and proxy together (median round). */
  cpu: number;
}

/** CPU seconds used so far by this process and the children (Linux /proc; 0 elsewhere). */
async function cpuSeconds(children: ChildProcess[]): Promise<number> {
  const own = process.cpuUsage();
  let ticks = 0;
  for (const c of children) {
    // fields 14 and 15 of /proc/<pid>/stat: user and system time in clock ticks (100 Hz)
    const stat = await readFile(`/proc/${c.pid}/stat`, 'utf8').catch(() => '');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    ticks += Number(fields[11] ?? 0) + Number(fields[12] ?? 0);
  }
  return (own.user + own.system) / 1e6 + ticks / 100;
}

async function writeFile(path: string, bytes: number): Promise<void> {
  const f = await open(path, 'w');
  const block = randomBytes(4 * MiB);
  for (let at = 0; at < bytes; at += block.length) await f.write(block, 0, Math.min(block.length, bytes - at));
  await f.close();
}

/** Forks upload-servers.ts in `role`; resolves with its URLs and a way to stop it. */
function child(args: string[]): Promise<{ urls: string[]; proc: ChildProcess }> {
  const proc = fork(join(import.meta.dirname, 'upload-servers.ts'), args, { execArgv: ['--import', 'tsx'], stdio: 'inherit' });
  return new Promise((resolve, reject) => {
    proc.once('message', (m: { urls: string[] }) => resolve({ urls: m.urls, proc }));
    proc.once('exit', (code) => reject(new Error(`upload-servers ${args[0]} exited (${code})`)));
  });
}

/** Runs the upload benchmark; returns its rows and the target row for the summary table. */
export async function measureUpload(opts: { sizeMiB?: number; rounds?: number; delayMs?: number } = {}): Promise<{ rows: UploadRow[]; targets: Target[] }> {
  const { sizeMiB = 256, rounds = 3, delayMs = 50 } = opts;
  const dir = await mkdtemp(join(tmpdir(), 'upload-bench-'));
  // the bucket keeps its files in memory when it can: a remote bucket's disks are not ours
  const bucketDir = await mkdtemp(join(process.platform === 'linux' ? '/dev/shm' : tmpdir(), 'upload-bench-bucket-'));
  const children: ChildProcess[] = [];
  const sender = nodePartSender();
  try {
    const start = async (args: string[]) => {
      const c = await child(args);
      children.push(c.proc);
      return c.urls;
    };
    const s3rver = { urls: await start(['s3rver', bucketDir]) };
    const sink = { urls: await start(['null']) };
    const proxies = { urls: await start(['proxy', String(delayMs), s3rver.urls[0]!, sink.urls[0]!]) };
    const file = join(dir, 'upload.bin');
    await writeFile(file, sizeMiB * MiB);
    // Node reads a Blob (file-backed or in memory) far slower than a browser reads a File
    // (Blob.arrayBuffer: 60 ms of CPU per 8 MiB part; streaming it: 130 ms); the bytes are
    // read into memory once and each part is a view of them, so the client measures the
    // uploader, not Node's Blob
    const bytes = await readFile(file);
    const source = { size: bytes.length, slice: (start: number, end: number) => bytes.subarray(start, end) };
    const credentials = { accessKeyId: S3_ACCESS_KEY, secretAccessKey: S3_SECRET_KEY };
    const targetOf = (endpoint: string): S3Target => ({ endpoint, region: 'us-east-1', bucket: 'packages', pathStyle: true, publicBaseUrl: `${endpoint}/packages`, keyTemplate: DEFAULT_KEY_TEMPLATE });
    const configs: Omit<UploadRow, 'rounds' | 'seconds' | 'bytes' | 'cpu'>[] = [
      { name: 's3rver direct, 1 part at a time', endpoint: s3rver.urls[0]!, concurrency: 1 },
      { name: 's3rver direct, 4 parts at once', endpoint: s3rver.urls[0]!, concurrency: 4 },
      { name: `s3rver ${delayMs} ms each way, 1 part at a time`, endpoint: proxies.urls[0]!, concurrency: 1 },
      { name: `s3rver ${delayMs} ms each way, 4 parts at once`, endpoint: proxies.urls[0]!, concurrency: 4 },
      { name: 'null bucket direct, 1 part at a time', endpoint: sink.urls[0]!, concurrency: 1 },
      { name: `null bucket ${delayMs} ms each way, 1 part at a time`, endpoint: proxies.urls[1]!, concurrency: 1 },
      { name: `null bucket ${delayMs} ms each way, 4 parts at once`, endpoint: proxies.urls[1]!, concurrency: 4 },
    ];
    const rows: UploadRow[] = configs.map((c) => ({ ...c, bytes: source.size, rounds: [], seconds: 0, cpu: 0 }));
    const cpus = new Map<UploadRow, number[]>(rows.map((r) => [r, []]));
    console.log(`uploading ${sizeMiB} MiB × ${rows.length} × ${rounds} (load average ${loadavg().map((x) => x.toFixed(1)).join(' ')})…`);
    console.log(`link model of the proxy: ${describeLink(linuxLink(delayMs))}`);
    let n = 0;
    // a first upload through each endpoint loads and compiles the code paths of every process,
    // so the first measured rounds do not pay for it
    const warmUp = { size: Math.min(source.size, 32 * MiB), slice: source.slice };
    for (const endpoint of [...new Set(configs.map((c) => c.endpoint))]) {
      await uploadMultipart({ target: targetOf(endpoint), credentials, key: `bench/${n++}.bin`, source: warmUp, concurrency: 4, sendPart: sender.send });
    }
    for (let round = 0; round < rounds; round++) {
      for (const row of rows) {
        const cpu0 = await cpuSeconds(children);
        const t0 = performance.now();
        await uploadMultipart({ target: targetOf(row.endpoint), credentials, key: `bench/${n++}.bin`, source, concurrency: row.concurrency, sendPart: sender.send });
        const s = (performance.now() - t0) / 1000;
        row.rounds.push(s);
        cpus.get(row)!.push((await cpuSeconds(children)) - cpu0);
        console.log(`  upload ${row.name}: ${s.toFixed(2)} s`);
      }
    }
    for (const row of rows) {
      row.seconds = median(row.rounds);
      row.cpu = cpus.get(row)![row.rounds.indexOf(row.seconds)]!;
    }
    const ratio = (i: number) => rows[i]!.seconds / rows[i + 1]!.seconds;
    const pair = (i: number) => `${rows[i]!.seconds.toFixed(2)} s / ${rows[i + 1]!.seconds.toFixed(2)} s = ${ratio(i).toFixed(2)} ×`;
    const ideal = (lanes: number) => idealUploadSeconds(linuxLink(delayMs), source.size, choosePartSize(source.size), lanes);
    const linkCost = (proxied: number, direct: number) => rows[proxied]!.seconds - rows[direct]!.seconds;
    const targets: Target[] = [
      {
        target: `upload ${sizeMiB} MiB to a bucket ${delayMs} ms away each way (null bucket): 4 parts at once ≥ 3 × faster than 1`,
        value: `${pair(5)} (direct, 1 at a time: ${rows[4]!.seconds.toFixed(2)} s); link: ${describeLink(linuxLink(delayMs))}`,
        met: ratio(5) >= 3,
      },
      {
        // the most parallel parts can gain on this link: 3 × needs the machine to keep up with it
        target: `diagnostic: the link model alone (no CPU time), 1 at a time / 4 at once`,
        value: `${ideal(1).toFixed(2)} s / ${ideal(4).toFixed(2)} s = ${(ideal(1) / ideal(4)).toFixed(2)} ×`,
        met: ideal(1) / ideal(4) >= 3,
      },
      {
        target: `diagnostic: the same to s3rver, whose hashing and disk writes share this machine's CPU`,
        value: `${pair(2)} (direct: ${pair(0)})`,
        met: ratio(2) >= 3,
      },
      {
        // what parallel parts address: the waiting the link adds, with the machine's own cost taken out
        target: `diagnostic: time the link adds to s3rver uploads, 1 at a time / 4 at once ≥ 3 ×`,
        value: `${linkCost(2, 0).toFixed(2)} s / ${linkCost(3, 1).toFixed(2)} s = ${(linkCost(2, 0) / linkCost(3, 1)).toFixed(2)} ×`,
        met: linkCost(2, 0) / linkCost(3, 1) >= 3,
      },
    ];
    return { rows, targets };
  } finally {
    sender.close();
    for (const c of children) c.kill();
    await rm(dir, { recursive: true, force: true });
    await rm(bucketDir, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith('upload.ts')) {
  const { printUploadTable } = await import('./table.ts');
  const { rows, targets } = await measureUpload({ sizeMiB: numberArg('size-mib', 256), rounds: numberArg('rounds', 3) });
  printUploadTable(rows, targets);
}
