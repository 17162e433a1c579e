/**
 * @module
 * Sends a dry-run-checked `db.apply` (issue 17 item 2, spec/registry-api.md §4.8), signed by the
 * acting key. Before the write, the `db.dump` revision is read again (a cheap pointer dump): if it
 * moved since the dry run nothing is sent. The expression sent is the dry run's guarded one
 * (core/jq/apply-guard.ts); when the registry refuses it with 12 — what upstream answers for a
 * runtime error, the guard's included — the fresh dump tells whether the guard failed, and at
 * which paths. Every read of the registry is refreshed afterwards: `db.apply` can change anything.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { failedChecks, type ApplyGuard, type GuardCheck } from '../../../../core/jq/apply-guard.ts';
import { remoteErrorOf } from '../../../../core/rpc/envelope.ts';
import { invalidateRegistry } from '../../../lib/registry-invalidation.ts';
import { useRegistryScope } from '../../../lib/registry-scope.tsx';

export interface ApplyDbInput {
  /** The `db.dump` revision the dry run ran on. */
  revision: number;
  guard: ApplyGuard;
}

export type ApplyDbResult =
  | { kind: 'applied' }
  /** Nothing was sent: the database moved between the dry run and the confirmation. */
  | { kind: 'moved'; from: number; to: number }
  /** The guard refused the write: these checks no longer hold. */
  | { kind: 'changed'; failed: GuardCheck[] };

export function useApplyDb() {
  const { client, url } = useRegistryScope();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({ revision, guard }: ApplyDbInput): Promise<ApplyDbResult> => {
      const head = await client.api.db.dump({ pointer: '/migrations' });
      if (head.id !== revision) return { kind: 'moved', from: revision, to: head.id };
      try {
        await client.api.db.apply({ expr: guard.expr });
        return { kind: 'applied' };
      } catch (e) {
        if (remoteErrorOf(e)?.code !== 12) throw e;
        const failed = failedChecks((await client.api.db.dump({})).value, guard.checks);
        if (failed.length === 0) throw e;
        return { kind: 'changed', failed };
      }
    },
    onSettled: () => invalidateRegistry(qc, url, 'packages', 'categories', 'membership', 'info', 'signers', 'scopes', 'admins', 'role'),
  });
}
