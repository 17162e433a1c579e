/**
 * @module
 * `db.apply` (spec/registry-api.md §4.8; upstream `registry/db.rs` `apply` and
 * `util/serde.rs` `apply_expr`): runs a jq filter on the whole database; its one output must
 * match the database model and then replaces the database. Every failure leaves the database
 * and its revision as they were. The engine is jq 1.7 (jq-web), not upstream's jaq 0.10.
 */
import * as v from 'valibot';
import { loadJq, runJq } from '../../core/jq/run-jq.ts';
import { RegistryDatabaseSchema } from '../../core/rpc/schemas/registry.ts';
import type { MethodHandler } from '../context.ts';
import { invalidRequest, RpcError } from '../rpc-error.ts';

export const dbApply: MethodHandler<'db.apply'> = async ({ expr }, ctx) => {
  const jq = await loadJq();
  await ctx.store.mutate((draft) => {
    const run = runJq(jq, draft, expr);
    if (run.kind !== 'ran') {
      throw invalidRequest(`Failed to ${run.kind === 'parse' ? 'parse' : 'compile'} expression: ${run.message}`);
    }
    // Upstream takes the first item, then asks for a second: an error first is a 12, anything
    // (value or error) after one value means too many.
    const [first, ...rest] = run.values;
    if (run.values.length === 0 && run.error !== null) throw new RpcError(12, run.error);
    if (run.values.length === 0) throw invalidRequest('expr returned no results');
    if (rest.length > 0 || run.error !== null) throw invalidRequest('expr returned too many results');
    // Upstream deserializes into `RegistryDatabase` and stores that typed value, so keys the
    // model does not know are dropped; the schema's output does the same.
    const parsed = v.safeParse(RegistryDatabaseSchema, first);
    if (!parsed.success) throw new RpcError(12, 'result does not match database model');
    for (const key of Object.keys(draft)) if (!(key in parsed.output)) delete (draft as Record<string, unknown>)[key];
    Object.assign(draft, parsed.output);
  });
  return null;
};
