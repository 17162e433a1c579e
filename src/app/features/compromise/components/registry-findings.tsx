/**
 * @module
 * What the suspect key signed on one registry: the signer(s) holding it with admin status,
 * scopes and OS releases; the package variants and OS images whose signatures include it. A
 * registry that could not be read says why and offers a retry; the others are unaffected.
 */
import type { KeyFindings } from '../../../../core/registry/key-compromise.ts';
import { ErrorView } from '../../../components/error-view.tsx';
import { ScrollTable, tableCell, tableRow } from '../../../components/scroll-table.tsx';
import { Badge, EmptyNote, Spinner } from '../../../components/ui.tsx';
import { hardwareLabel } from '../../../lib/hardware-label.ts';
import { useT } from '../../../i18n/i18n.ts';
import type { RegistryData } from '../api/use-registry-data.ts';

const mono = 'break-all font-mono text-xs';

function Urls({ urls }: { urls: string[] }) {
  return (
    <ul>
      {urls.map((u) => (
        <li key={u} className={mono}>{u}</li>
      ))}
    </ul>
  );
}

function Findings({ label, f }: { label: string; f: KeyFindings }) {
  const t = useT();
  const admin = (a: boolean | null) => (a === null ? t('compromise.unknown') : a ? <Badge tone="red">{t('compromise.yes')}</Badge> : t('compromise.no'));
  return (
    <div className="flex flex-col gap-3">
      {!f.signersKnown && <p className="text-sm text-amber-800 dark:text-amber-300">{t('compromise.signersUnknown')}</p>}
      {f.holders.length > 0 && (
        <ScrollTable label={t('compromise.holdersOf', { registry: label })} caption={t('compromise.holdersOf', { registry: label })} minWidth="min-w-[40rem]"
          columns={[t('compromise.col.signer'), t('compromise.col.admin'), t('compromise.col.scopes'), t('compromise.col.osReleases'), t('compromise.col.keys')]}>
          {f.holders.map((h) => (
            <tr key={h.guid} className={tableRow}>
              <td className={tableCell}>{h.name} <span className={mono}>{h.guid}</span></td>
              <td className={tableCell}>{admin(h.admin)}</td>
              <td className={tableCell}>{h.scopes.length ? h.scopes.map((s) => `${s.id} ${s.range}`).join(', ') : '—'}</td>
              <td className={tableCell}>{h.osReleases.length ? h.osReleases.join(', ') : '—'}</td>
              <td className={tableCell}>{t('compromise.keyCount', { count: h.keys.length })}</td>
            </tr>
          ))}
        </ScrollTable>
      )}
      {f.variants.length > 0 && (
        <ScrollTable label={t('compromise.variantsOf', { registry: label })} caption={t('compromise.variantsOf', { registry: label })} minWidth="min-w-[48rem]"
          columns={[t('compromise.col.package'), t('compromise.col.version'), t('compromise.col.flavor'), t('compromise.col.hardware'), t('compromise.col.urls'), t('compromise.col.otherSignatures')]}>
          {f.variants.map((v) => (
            <tr key={`${v.id} ${v.version} ${v.sighash}`} className={tableRow}>
              <td className={tableCell}>{v.id}</td>
              <td className={`${tableCell} ${mono}`}>{v.version}</td>
              <td className={tableCell}>{v.flavor ?? '—'}</td>
              <td className={tableCell}>{hardwareLabel(v.hardware, t)}</td>
              <td className={tableCell}><Urls urls={v.urls} /></td>
              <td className={tableCell}>{v.otherSignatures}</td>
            </tr>
          ))}
        </ScrollTable>
      )}
      {f.osAssets.length > 0 && (
        <ScrollTable label={t('compromise.osAssetsOf', { registry: label })} caption={t('compromise.osAssetsOf', { registry: label })} minWidth="min-w-[36rem]"
          columns={[t('compromise.col.release'), t('compromise.col.platform'), t('compromise.col.type'), t('compromise.col.urls'), t('compromise.col.otherSignatures')]}>
          {f.osAssets.map((a) => (
            <tr key={`${a.release} ${a.type} ${a.platform}`} className={tableRow}>
              <td className={`${tableCell} ${mono}`}>{a.release}</td>
              <td className={tableCell}>{a.platform}</td>
              <td className={tableCell}>{a.type}</td>
              <td className={tableCell}><Urls urls={a.urls} /></td>
              <td className={tableCell}>{a.otherSignatures}</td>
            </tr>
          ))}
        </ScrollTable>
      )}
      {f.osAssets.length > 0 && <p className="text-sm text-slate-600 dark:text-slate-400">{t('compromise.osAssetsNote')}</p>}
      {f.holders.length + f.variants.length + f.osAssets.length === 0 && <EmptyNote>{t('compromise.nothingHere')}</EmptyNote>}
    </div>
  );
}

export function RegistryFindings({ data, findings }: { data: RegistryData; findings: KeyFindings | null }) {
  const t = useT();
  return (
    <section className="flex flex-col gap-2 rounded-md border border-slate-200 p-3 dark:border-slate-800" data-testid="registry-findings" aria-labelledby={`findings-${data.scope.url}`}>
      <h3 id={`findings-${data.scope.url}`} className="font-medium">
        {data.label} {data.label !== data.scope.url && <span className={`${mono} text-slate-600 dark:text-slate-400`}>{data.scope.url}</span>}
      </h3>
      {data.error !== null ? (
        <ErrorView error={data.error} onRetry={data.retry} />
      ) : findings === null ? (
        <Spinner label={t('compromise.reading')} />
      ) : (
        <Findings label={data.label} f={findings} />
      )}
    </section>
  );
}
