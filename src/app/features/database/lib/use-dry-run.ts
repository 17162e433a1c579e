/**
 * @module
 * The state of a `db.apply` dry run (issue 17 item 2): a fresh `db.dump` (which also refreshes
 * the tree), then the expression on it in the jq worker (worker/jq-client.ts), cancellable.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { DbDump } from '../../../../core/rpc/types.ts';
import { dryRunInWorker, type DryRunAnswer } from '../../../../worker/jq-client.ts';
import { dbDumpOptions } from '../../../lib/registry-queries.ts';
import { useRegistryScope } from '../../../lib/registry-scope.tsx';

export type DryRunState =
  | { phase: 'idle' }
  | { phase: 'running'; expr: string }
  | { phase: 'failed'; expr: string; error: unknown }
  /** `seq` tells one run's findings from the next's on the same revision. */
  | { phase: 'done'; expr: string; dump: DbDump; answer: DryRunAnswer; seq: number };

export function useDryRun() {
  const scope = useRegistryScope();
  const qc = useQueryClient();
  const [state, setState] = useState<DryRunState>({ phase: 'idle' });
  const controller = useRef<AbortController | null>(null);
  const seq = useRef(0);
  useEffect(() => () => controller.current?.abort(), []);

  const run = useCallback(
    async (expr: string) => {
      controller.current?.abort();
      const own = new AbortController();
      controller.current = own;
      setState({ phase: 'running', expr });
      try {
        const dump = await qc.fetchQuery({ ...dbDumpOptions(scope), staleTime: 0 });
        const answer = own.signal.aborted ? ({ kind: 'cancelled' } as const) : await dryRunInWorker(dump.value, expr, { signal: own.signal });
        seq.current += 1;
        if (controller.current === own) setState({ phase: 'done', expr, dump, answer, seq: seq.current });
      } catch (error) {
        if (controller.current === own) setState({ phase: 'failed', expr, error });
      }
    },
    [qc, scope],
  );
  const cancel = useCallback(() => controller.current?.abort(), []);
  const reset = useCallback(() => {
    controller.current?.abort();
    controller.current = null;
    setState({ phase: 'idle' });
  }, []);
  return { state, run, cancel, reset };
}
