/**
 * @module
 * What a retention plan removes (core/registry/retention.ts): the versions with their variants
 * and URLs, packages left with no version, versions no rule can judge, and the devices whose
 * newest offer changes — the update path they lose.
 */
import { PagedScrollTable } from '../../../components/paged-scroll-table.tsx';
import { tableCell, tableRow } from '../../../components/scroll-table.tsx';
import { EmptyNote, focusRing } from '../../../components/ui.tsx';
import { formatDateTime } from '../../../lib/format-date.ts';
import { hardwareLabel } from '../../../lib/hardware-label.ts';
import type { PathChange, RetentionPlan } from '../../../../core/registry/retention.ts';
import type { DeviceGroup } from '../../../../core/registry/update-paths.ts';
import { useT, type Translate } from '../../../i18n/i18n.ts';

const muted = 'text-slate-600 dark:text-slate-400';
/** Rows rendered at a time: a broad rule selects thousands (the removal still takes them all). */
const PREVIEW_PAGE = 200;
const row = `${tableRow} ${focusRing}`;

function osLabel(g: DeviceGroup, t: Translate): string {
  return g.osUntil === null ? t('retention.osFrom', { os: g.os }) : t('retention.osBetween', { os: g.os, until: g.osUntil });
}

function archLabel(g: DeviceGroup, t: Translate): string {
  if (g.arch.kind === 'named') return g.arch.arch;
  return t(g.arch.kind === 'any' ? 'retention.archAny' : 'retention.archOther');
}

function PathChanges({ changes }: { changes: PathChange[] }) {
  const t = useT();
  if (changes.length === 0) return <EmptyNote>{t('retention.noPathChange')}</EmptyNote>;
  return (
    <PagedScrollTable
      label={t('retention.devicesTable')}
      caption={t('retention.devicesTable')}
      columns={[t('retention.colPackage'), t('retention.colDevices'), t('retention.colArch'), t('retention.colNow'), t('retention.colAfter')]}
      minWidth="min-w-[40rem]"
      items={changes}
      page={PREVIEW_PAGE}
      row={(c, props) => (
        <tr key={`${c.id} ${c.flavor ?? ''} ${c.group.os} ${archLabel(c.group, t)}`} className={row} {...props}>
          <td className={`${tableCell} font-mono`}>{c.flavor === null ? c.id : `${c.id} #${c.flavor}`}</td>
          <td className={tableCell}>{osLabel(c.group, t)}</td>
          <td className={tableCell}>{archLabel(c.group, t)}</td>
          <td className={`${tableCell} font-mono`}>{c.before}</td>
          <td className={tableCell}>{c.after === null ? <strong className="text-red-800 dark:text-red-300">{t('retention.nothingOffered')}</strong> : <span className="font-mono">{c.after}</span>}</td>
        </tr>
      )}
    />
  );
}

export function RetentionPreview({ plan }: { plan: RetentionPlan }) {
  const t = useT();
  const variants = plan.remove.reduce((n, i) => n + i.variants.length, 0);
  const urls = plan.remove.reduce((n, i) => n + i.variants.reduce((m, v) => m + v.urls.length, 0), 0);
  return (
    <div className="flex flex-col gap-4" data-testid="retention-preview">
      <p className="text-sm font-medium">{t('retention.summary', { versions: plan.remove.length, variants, urls, kept: plan.kept })}</p>
      {plan.emptied.length > 0 && (
        <p className="rounded-md border border-amber-300 bg-amber-50 p-2 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100">
          {t('retention.emptied', { count: plan.emptied.length, ids: plan.emptied.join(', ') })}
        </p>
      )}
      {plan.unreadable.length > 0 && <p className={`text-sm ${muted}`}>{t('retention.unreadable', { count: plan.unreadable.length, list: plan.unreadable.map((u) => `${u.id} ${u.version}`).join(', ') })}</p>}
      {plan.remove.length > 0 && (
        <section className="flex flex-col gap-2">
          <h3 className="font-semibold">{t('retention.versionsHeading')}</h3>
          <PagedScrollTable
            label={t('retention.versionsTable')}
            caption={t('retention.versionsTable')}
            columns={[t('retention.colPackage'), t('retention.colVersion'), t('retention.colBuiltFor'), t('retention.colReceived'), t('retention.colVariants')]}
            minWidth="min-w-[48rem]"
            items={plan.remove}
            page={PREVIEW_PAGE}
            row={(i, props) => (
              <tr key={`${i.id} ${i.version}`} className={row} {...props}>
                <td className={`${tableCell} font-mono`}>{i.id}</td>
                <td className={`${tableCell} font-mono`}>{i.version}</td>
                <td className={`${tableCell} font-mono`}>{i.osVersion}</td>
                <td className={tableCell}>{i.publishedAt === null ? t('retention.noDate') : formatDateTime(i.publishedAt)}</td>
                <td className={tableCell}>
                  <ul className="flex flex-col gap-1">
                    {i.variants.map((v) => (
                      <li key={v.sighash}>
                        <span>{hardwareLabel(v.hardware, t)}</span> <span className={`font-mono text-xs ${muted}`}>{v.sighash.slice(0, 12)}…</span>
                        <ul className="break-all font-mono text-xs">
                          {v.urls.map((u) => (
                            <li key={u}>{u}</li>
                          ))}
                        </ul>
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            )}
          />
        </section>
      )}
      {plan.remove.length > 0 && (
        <section className="flex flex-col gap-2">
          <h3 className="font-semibold">{t('retention.devicesHeading')}</h3>
          <p className={`text-sm ${muted}`}>{t('retention.devicesAbout')}</p>
          <PathChanges changes={plan.pathChanges} />
        </section>
      )}
    </div>
  );
}
