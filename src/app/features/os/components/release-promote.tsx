/**
 * @module
 * Promote a release to another registry (issue #15 item 6; spec registry-api.md §4.10 `os
 * promote`): the target is the next registry of the channel line, or a saved registry the user
 * picks; before anything is sent the plan against the target's `os.index` is shown with the
 * acting key there and its role (creating or changing a release needs an admin of the target);
 * then each step's result, and a second run for whatever failed (it re-plans, so what went in is
 * skipped).
 */
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { planIsNoop, planOsPromotion, type OsTargetAuthority } from '../../../../core/registry/os-promote-plan.ts';
import { ownValue } from '../../../../core/registry/own-key.ts';
import type { OsVersionInfo } from '../../../../core/rpc/types.ts';
import { ActingKeyForNote } from '../../../components/acting-key-for-note.tsx';
import { ErrorView } from '../../../components/error-view.tsx';
import { Button, Spinner } from '../../../components/ui.tsx';
import { osIndexOptions } from '../../../lib/registry-queries.ts';
import { useActingKeyFor } from '../../../lib/acting-key-for.ts';
import type { Role } from '../../../lib/role.ts';
import { useT } from '../../../i18n/i18n.ts';
import { failedSteps, useOsPromotion } from '../api/run-os-promotion.ts';
import { PromoteSteps } from './promote-steps.tsx';
import { PromoteTargetChoice, useNextChannel, type PromoteTarget } from './promote-target.tsx';

function authorityOf(role: Role | undefined): OsTargetAuthority | null {
  if (role?.kind === 'admin' || role?.kind === 'signer') return { admin: role.kind === 'admin', guid: role.guid };
  return null;
}

function PromoteTo({ version, source, target }: { version: string; source: OsVersionInfo; target: PromoteTarget }) {
  const t = useT();
  const acting = useActingKeyFor(target.url);
  const index = useQuery(osIndexOptions({ client: acting.client, keyPem: null, keyUse: 'no-key' }));
  const promotion = useOsPromotion(version, source);
  const authority = authorityOf(acting.role);
  const preview = index.data && authority ? planOsPromotion(version, source, ownValue(index.data.versions, version), authority) : null;
  const plan = promotion.plan ?? preview;
  const started = promotion.plan !== null || promotion.error !== null;
  const go = () => authority && void promotion.run({ url: target.url, client: acting.client, keyId: acting.saved?.keyId ?? null, authority });
  return (
    <div className="flex flex-col gap-3">
      <ActingKeyForNote acting={acting} label={target.label} />
      {index.error ? (
        <ErrorView error={index.error} onRetry={() => void index.refetch()} />
      ) : !plan ? (
        acting.problem === null && <Spinner label={t('os.promote.planning', { target: target.label })} />
      ) : (
        <>
          <PromoteSteps plan={plan} results={promotion.results} target={target.label} />
          {!started && planIsNoop(plan) && <p className="text-sm">{t('os.promote.nothing', { target: target.label })}</p>}
        </>
      )}
      {promotion.error !== null && <ErrorView error={promotion.error} />}
      <div className="flex flex-wrap gap-2">
        {!started ? (
          <Button tone="primary" disabled={promotion.running || acting.problem !== null || !plan || planIsNoop(plan)} onClick={go}>
            {t('os.promote.run', { target: target.label })}
          </Button>
        ) : (
          (failedSteps(promotion.results).length > 0 || promotion.error !== null) && (
            <Button tone="primary" disabled={promotion.running || acting.problem !== null} onClick={go}>
              {promotion.running ? t('manage.working') : t('os.promote.retry')}
            </Button>
          )
        )}
      </div>
    </div>
  );
}

export function ReleasePromote({ from, version, source, onClose }: { from: string; version: string; source: OsVersionInfo; onClose: () => void }) {
  const t = useT();
  const next = useNextChannel(from);
  const [picked, setPicked] = useState<PromoteTarget | null>(null);
  const target = next ?? picked;
  return (
    <div className="flex flex-col gap-3 text-sm">
      {next === undefined ? (
        <Spinner />
      ) : next ? (
        <p>{t('os.promote.toNext', { target: next.label, url: next.url })}</p>
      ) : (
        <>
          <p>{t('os.promote.noLine')}</p>
          <PromoteTargetChoice from={from} value={picked?.url ?? ''} onChange={setPicked} />
        </>
      )}
      {target && <PromoteTo key={target.url} version={version} source={source} target={target} />}
      <Button className="self-start" onClick={onClose}>
        {t('common.close')}
      </Button>
    </div>
  );
}
