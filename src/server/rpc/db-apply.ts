/**
 * @module
 * `db.apply` (spec/registry-api.md §4.8; upstream `registry/db.rs` `apply` and
 * `util/serde.rs` `apply_expr`): runs a jq filter on the whole database; its one output must
 * match the database model and then replaces the database. Every failure leaves the database
 * and its revision as they were. The engine is jq 1.7 (jq-web), not upstream's jaq 0.10; the
 * judgement of a run (core/jq/apply-outcome.ts) is the one the console's dry run shows.
 */
import { applyError, judgeApplyRun } from '../../core/jq/apply-outcome.ts';
import { loadJq, runJq } from '../../core/jq/run-jq.ts';
import type { MethodHandler } from '../context.ts';
import { RpcError } from '../rpc-error.ts';

export const dbApply: MethodHandler<'db.apply'> = async ({ expr }, ctx) => {
  const jq = await loadJq();
  await ctx.store.mutate((draft) => {
    const outcome = judgeApplyRun(runJq(jq, draft, expr), 1);
    if (outcome.kind !== 'ok') {
      const { code, details } = applyError(outcome);
      throw new RpcError(code, details);
    }
    for (const key of Object.keys(draft)) if (!(key in outcome.stored)) delete (draft as Record<string, unknown>)[key];
    Object.assign(draft, outcome.stored);
  });
  return null;
};
