/**
 * @module
 * One jq engine for the stand-in's `db.apply` and the console's dry run: jq-web (jq 1.7 compiled
 * to WebAssembly; no `eval`, so it runs under a CSP with 'wasm-unsafe-eval'). Upstream runs jaq
 * 0.10 (`util/serde.rs` `apply_expr`); this module reports a run in the same terms: a parse or
 * compile failure, or the values produced before the first runtime error.
 */
import type { jqReady } from './jq-web-engine.ts';

type Engine = Awaited<typeof jqReady>;

/** What running one jq filter on one input gave. */
export type JqRun =
  | { kind: 'parse' | 'compile'; message: string }
  /** `values` in output order; `error` is the runtime error that stopped the filter, if any. */
  | { kind: 'ran'; values: unknown[]; error: string | null };

let engine: Promise<Engine> | null = null;

/** Loads the WebAssembly engine once (about 0.5 s the first time in Node). */
export function loadJq(): Promise<Engine> {
  engine ??= import('./jq-web-engine.ts').then((m) => m.jqReady);
  return engine;
}

function errorParts(e: unknown): { exitCode: number | null; stderr: string } {
  const o = typeof e === 'object' && e !== null ? (e as { exitCode?: unknown; stderr?: unknown; message?: unknown }) : {};
  return {
    exitCode: typeof o.exitCode === 'number' ? o.exitCode : null,
    stderr: typeof o.stderr === 'string' ? o.stderr : typeof o.message === 'string' ? o.message : String(e),
  };
}

/** jq's stderr without its `jq: error…:` prefixes and the trailing "N compile error(s)" line. */
function cleanMessage(stderr: string): string {
  return stderr
    .split('\n')
    .filter((line) => !/^jq: \d+ compile errors?$/.test(line))
    .map((line) => line.replace(/^jq: error(?: \(at [^)]*\))?: /, ''))
    .join('\n')
    .trim();
}

/** An error value as jq prints it: strings as they are, anything else as JSON. */
const errorText = (value: unknown) => (typeof value === 'string' ? value : `${JSON.stringify(value)} (not a string)`);

/**
 * Runs `expr` on `input` (a JSON value) with the loaded engine. Synchronous, so a caller can run
 * it inside a store mutation. The filter runs wrapped as `try ((expr) | [.]) catch {error: .}`
 * (newlines keep a trailing `#` comment closed), so the values before a runtime error survive;
 * jq-web drops stdout on a non-zero exit. Only a parse or compile failure (exit 3) exits
 * non-zero, and then the bare `expr` is compiled again for a message that does not show the
 * wrapper (it fails before it runs).
 */
export function runJq(jq: Engine, input: unknown, expr: string): JqRun {
  let stdout: string | undefined;
  try {
    stdout = jq.raw(JSON.stringify(input), `try ((\n${expr}\n) | [.]) catch {"error": .}`, ['-c']);
  } catch (e) {
    if (errorParts(e).exitCode !== 3) return { kind: 'ran', values: [], error: cleanMessage(errorParts(e).stderr) };
    try {
      jq.raw('null', expr, ['-c']);
    } catch (bare) {
      const { stderr } = errorParts(bare);
      return { kind: /syntax error/.test(stderr) ? 'parse' : 'compile', message: cleanMessage(stderr) };
    }
    return { kind: 'compile', message: cleanMessage(errorParts(e).stderr) };
  }
  const values: unknown[] = [];
  for (const line of (stdout ?? '').split('\n')) {
    if (line === '') continue;
    const item: unknown = JSON.parse(line);
    if (Array.isArray(item)) values.push(item[0]);
    else return { kind: 'ran', values, error: errorText((item as { error: unknown }).error) };
  }
  return { kind: 'ran', values, error: null };
}
