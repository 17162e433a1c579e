/**
 * Minimal argument parsing shared by the Node CLIs (`npm run rpc|keygen|pubkey|s9pk`):
 * positionals plus `--flag value` / `--flag=value` / boolean `--flag`.
 */
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
