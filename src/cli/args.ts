/**
 * Minimal argument parsing shared by the Node CLIs (`npm run rpc|keygen|pubkey|s9pk`):
 * positionals plus `--flag value` / `--flag=value` / boolean `--flag`.
 */
import { readFileSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';

export type Options = NonNullable<ParseArgsConfig['options']>;

/** Parses argv (without node and script) or exits with a usage message. */
export function parseCli<O extends Options>(argv: string[], options: O, usage: string) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (e) {
    fail(`${(e as Error).message}\n\n${usage}`, 2);
  }
}

/** Prints a message to stderr and exits. */
export function fail(message: string, code = 1): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

/**
 * The one positional argument of a CLI that takes a single text file, and that file's text;
 * exits with the usage (code 2) or a read error (code 1).
 */
export function readFileArgument(argv: string[], usage: string): { file: string; text: string } {
  const { positionals } = parseCli(argv, {}, usage);
  const file = positionals[0];
  if (!file || positionals.length > 1) fail(usage, 2);
  try {
    return { file, text: readFileSync(file, 'utf8') };
  } catch (e) {
    fail(`cannot read ${file}: ${(e as Error).message}`);
  }
}
