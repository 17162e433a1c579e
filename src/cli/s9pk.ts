/**
 * @module
 * `s9pk` command line (spec/s9pk-format.md §3 reading, §4 writing):
 *   inspect <file> [--json]      open and check structure (header, signature, tables, manifest)
 *   verify <file> [--json]       full verification of every file; exit 0 valid, 1 invalid
 *   pack <dir> --key <pem> -o <out.s9pk> [--layout pack|priority]
 * Exit codes: 0 ok, 1 invalid archive or failed operation, 2 usage error.
 */
import { open, readFile, readdir, rename, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { isCoreError } from '../core/errors.ts';
import { parsePrivateKeyPem } from '../core/sign/keys.ts';
import type { Layout } from '../core/s9pk/layout.ts';
import { reportS9pk, type S9pkReport } from '../core/s9pk/report.ts';
import { buildWriteTree, type FileData } from '../core/s9pk/write-tree.ts';
import { emitS9pk, planWrite } from '../core/s9pk/writer.ts';
import { lazyFileByteSource, openFileByteSource } from './node-byte-source.ts';

const USAGE = `usage:
  s9pk inspect <file> [--json]
  s9pk verify <file> [--json]
  s9pk pack <dir> --key <developer.key.pem> -o <out.s9pk> [--layout pack|priority]`;

class UsageError extends Error {}

interface Args {
  positional: string[];
  flags: Map<string, string | true>;
}

function parseArgs(argv: string[]): Args {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') flags.set('json', true);
    else if (a === '--key' || a === '-o' || a === '--out' || a === '--layout') {
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${a} needs a value`);
      flags.set(a === '-o' ? 'out' : a.slice(2), v);
    } else if (a.startsWith('-')) throw new UsageError(`unknown option ${a}`);
    else positional.push(a);
  }
  return { positional, flags };
}

function human(r: S9pkReport, full: boolean): string {
  const lines: string[] = [];
  lines.push(
    r.ok
      ? full
        ? 'VALID: every file verified'
        : 'OK: header, signature, tables and manifest verified'
      : `INVALID (${r.code}): ${r.message}`,
  );
  if (r.commitment)
    lines.push(
      `commitment: rootSighash=${r.commitment.rootSighash} rootMaxsize=${r.commitment.rootMaxsize}`,
    );
  if (r.signer) lines.push(`signer:\n${r.signer.trimEnd()}`);
  const m = r.manifest as {
    id?: string;
    title?: string;
    version?: string;
    hardwareRequirements?: unknown;
  } | null;
  if (m) {
    lines.push(`package: ${m.id} ${m.version} "${m.title}"`);
    lines.push(`hardwareRequirements: ${JSON.stringify(m.hardwareRequirements ?? null)}`);
  }
  if (r.files.length) {
    lines.push(`files (${r.files.length}):`);
    for (const f of r.files) lines.push(`  ${String(f.size).padStart(12)}  ${f.path}`);
  }
  return lines.join('\n');
}

async function check(args: Args, full: boolean): Promise<number> {
  const [file] = args.positional;
  if (!file || args.positional.length !== 1) throw new UsageError('expected exactly one file');
  let opened;
  try {
    opened = await openFileByteSource(file);
  } catch (e) {
    const message = `cannot open ${file}: ${e instanceof Error ? e.message : String(e)}`;
    const r: S9pkReport = {
      ok: false,
      code: 'S9PK_NOT_FOUND',
      message,
      commitment: null,
      signer: null,
      manifest: null,
      files: [],
    };
    process.stdout.write((args.flags.has('json') ? JSON.stringify(r) : human(r, full)) + '\n');
    return 1;
  }
  const { source, close } = opened;
  let report: S9pkReport;
  try {
    const tty = !args.flags.has('json') && full && process.stderr.isTTY;
    report = await reportS9pk(source, {
      full,
      onProgress: tty
        ? (d, t) => process.stderr.write(`\rverifying ${((100 * d) / Math.max(t, 1)).toFixed(0)}%`)
        : undefined,
    });
    if (tty) process.stderr.write('\n');
  } finally {
    await close();
  }
  process.stdout.write(
    (args.flags.has('json') ? JSON.stringify(report) : human(report, full)) + '\n',
  );
  return report.ok ? 0 : 1;
}

async function collect(dir: string, prefix: string, out: [string, FileData][]): Promise<void> {
  const names = (await readdir(dir)).sort();
  for (const name of names) {
    const full = join(dir, name);
    const rel = prefix === '' ? name : `${prefix}/${name}`;
    const st = await stat(full);
    if (st.isDirectory()) await collect(full, rel, out);
    else if (st.isFile()) out.push([rel, await lazyFileByteSource(full)]);
    else throw new UsageError(`${full} is neither a file nor a directory`);
  }
}

async function pack(args: Args): Promise<number> {
  const [dir] = args.positional;
  const key = args.flags.get('key');
  const out = args.flags.get('out');
  const layout = args.flags.get('layout') ?? 'pack';
  if (!dir || args.positional.length !== 1 || typeof key !== 'string' || typeof out !== 'string') {
    throw new UsageError('pack needs <dir>, --key and -o');
  }
  if (layout !== 'pack' && layout !== 'priority')
    throw new UsageError('--layout must be pack or priority');
  const seed = parsePrivateKeyPem(await readFile(key, 'utf8'));
  const files: [string, FileData][] = [];
  await collect(dir, '', files);
  const plan = await planWrite(buildWriteTree(files), { seed, layout: layout as Layout });
  const tmp = `${out}.partial`;
  const handle = await open(tmp, 'w');
  try {
    for await (const chunk of emitS9pk(plan, { verify: false })) await handle.write(chunk);
  } finally {
    await handle.close();
  }
  await rename(tmp, out);
  const result = { ok: true, out, size: plan.size, commitment: plan.commitment };
  process.stdout.write(
    (args.flags.has('json')
      ? JSON.stringify(result)
      : `wrote ${out} (${plan.size} bytes)\ncommitment: rootSighash=${plan.commitment.rootSighash} rootMaxsize=${plan.commitment.rootMaxsize}`) +
      '\n',
  );
  return 0;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    const args = parseArgs(rest);
    if (command === 'inspect') return await check(args, false);
    if (command === 'verify') return await check(args, true);
    if (command === 'pack') return await pack(args);
    throw new UsageError(command ? `unknown command ${command}` : 'no command');
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`${e.message}\n${USAGE}\n`);
      return 2;
    }
    const msg = isCoreError(e)
      ? `${e.code}: ${e.message}`
      : e instanceof Error
        ? e.message
        : String(e);
    process.stderr.write(`error: ${msg}\n`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
