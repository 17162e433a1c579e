/**
 * @module
 * Access review (`#/r/<registry>/access`, admins; issue #17 item 4, spec/registry-api.md §3.3,
 * §7): who may publish what — the warnings first, then every signer with its role, keys and
 * last publish seen, then the signers × packages matrix (packages any signer is scoped to by
 * default, every package with `?all=1`), exported as CSV. Read-only: it writes nothing, and
 * each warning links to the page where it is fixed.
 */
import { useDeferredValue, useId, useMemo, useState } from 'react';
import { ErrorView } from '../../components/error-view.tsx';
import { RoleGatedPage } from '../../components/role-gated-page.tsx';
import { Button, focusRing, Panel, Spinner, TextField } from '../../components/ui.tsx';
import { useT } from '../../i18n/i18n.ts';
import { downloadText } from '../../lib/csv.ts';
import { useRegistryScope } from '../../lib/registry-scope.tsx';
import { useAccessReview } from './api/use-access-review.ts';
import { AccessMatrix } from './components/access-matrix.tsx';
import { SignerTable } from './components/signer-table.tsx';
import { WarningList } from './components/warning-list.tsx';
import { accessCsv, accessCsvName } from './lib/access-csv.ts';
import { accessWarningItem } from './lib/warning-items.ts';
import { useAddressParams } from '../../lib/use-address-params.tsx';

function AccessView() {
  const { url } = useRegistryScope();
  const t = useT();
  const { review, warnings, failed, refetch } = useAccessReview();
  const [params, setParams] = useAddressParams();
  const all = params.get('all') === '1';
  const [filter, setFilter] = useState('');
  const filterId = useId();
  const needle = useDeferredValue(filter.trim().toLowerCase());
  const rows = useMemo(() => (review ? review.rows.filter((r) => (all || r.scoped) && r.id.includes(needle)) : []), [review, all, needle]);
  if (failed) return <ErrorView error={failed.error} onRetry={() => void refetch()} />;
  if (!review) return <Spinner />;
  const items = warnings.map((w) => accessWarningItem(w, url, t));
  const total = all ? review.rows.length : review.rows.filter((r) => r.scoped).length;
  return (
    <>
      <Panel title={t('audit.warnings', { count: items.length })}>
        <WarningList items={items} label={t('audit.warningsList')} empty={t('audit.noWarnings')} />
      </Panel>
      <section className="flex flex-col gap-2">
        <h2 className="text-lg font-semibold">{t('audit.signers', { count: review.signers.length })}</h2>
        <SignerTable url={url} signers={review.signers} />
        <p className="text-xs text-slate-600 dark:text-slate-400">{t('audit.seenAbout')}</p>
      </section>
      <section className="flex flex-col gap-2">
        <h2 className="text-lg font-semibold">{t('audit.matrixTitle')}</h2>
        <div className="flex flex-wrap items-end gap-3">
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" checked={all} onChange={(e) => setParams(e.target.checked ? { all: '1' } : {}, { replace: true })} className={`h-4 w-4 ${focusRing}`} />
            {t('audit.showAll')}
          </label>
          <TextField id={filterId} type="search" label={t('audit.filter')} value={filter} onChange={(e) => setFilter(e.target.value)} />
          <Button onClick={() => downloadText(accessCsvName(url, all), accessCsv(review, rows, t))} disabled={rows.length === 0}>
            {t('metrics.downloadCsv')}
          </Button>
        </div>
        <p className="text-sm" aria-live="polite">
          {t(all ? 'audit.shownAll' : 'audit.shownScoped', { shown: rows.length, total, packages: review.rows.length })}
        </p>
        {rows.length > 0 ? <AccessMatrix url={url} signers={review.signers} rows={rows} /> : <p className="text-sm text-slate-600 dark:text-slate-400">{t('audit.noRows')}</p>}
      </section>
    </>
  );
}

export function AccessReviewPage() {
  const t = useT();
  return <RoleGatedPage title={t('audit.accessTitle')} about={t('audit.accessAbout')} refusal={t('audit.adminsOnly')} render={(role) => (role.kind === 'admin' ? <AccessView /> : null)} />;
}
