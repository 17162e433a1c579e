/**
 * @module
 * Messages between the page and the jq worker (issue 17 item 2, the `db.apply` dry run): the
 * page posts a `db.dump` value (copied) and the expression; the worker answers with the dry
 * run (core/jq/dry-run.ts), or why its engine failed (the WebAssembly did not load, jq ran out
 * of memory). A runaway expression gets no answer: the page terminates the worker.
 */
import type { DryRunResult } from '../core/jq/dry-run.ts';

export interface JqRequest {
  id: number;
  dump: unknown;
  expr: string;
}

export type JqResponse = { id: number; ok: true; result: DryRunResult } | { id: number; ok: false; message: string };

/** The worker's job for one request. */
export async function jqRequest(req: JqRequest): Promise<JqResponse> {
  try {
    const [{ loadJq }, { dryRunApply }] = await Promise.all([import('../core/jq/run-jq.ts'), import('../core/jq/dry-run.ts')]);
    return { id: req.id, ok: true, result: dryRunApply(await loadJq(), req.dump, req.expr) };
  } catch (e) {
    return { id: req.id, ok: false, message: e instanceof Error ? e.message : String(e) };
  }
}
