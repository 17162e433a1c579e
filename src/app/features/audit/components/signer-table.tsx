/**
 * @module
 * The signers of an access review, one row each: role, contacts, keys (fingerprints), how many
 * packages it is scoped to, its OS releases and the last publish seen (access-review.ts).
 */
import { Link } from 'react-router';
import type { Seen, SignerSummary } from '../../../../core/registry/access-review.ts';
import { ScrollTable, tableCell, tableRow } from '../../../components/scroll-table.tsx';
import { Badge, focusRing } from '../../../components/ui.tsx';
import { useT } from '../../../i18n/i18n.ts';
import { formatDate } from '../../../lib/format-date.ts';
import { parseTimestamp, shortenMiddle } from '../../../lib/format-text.ts';
import { paths } from '../../../lib/paths.ts';

const muted = 'text-slate-600 dark:text-slate-400';

/** "bitcoind 28.1:0, 5 Dec 2026" — the date only when the registry's time reads. */
export function SeenText({ seen, withId = false }: { seen: Seen; withId?: boolean }) {
  const t = useT();
  const ms = parseTimestamp(seen.publishedAt);
  return (
    <span title={seen.publishedAt}>
      {t(withId ? 'audit.seenIn' : 'audit.seen', { id: seen.id, version: seen.version, date: ms === null ? seen.publishedAt : formatDate(ms) })}
    </span>
  );
}

export function SignerTable({ url, signers }: { url: string; signers: readonly SignerSummary[] }) {
  const t = useT();
  const columns = [t('audit.col.signer'), t('audit.col.role'), t('audit.col.contacts'), t('audit.col.keys'), t('audit.col.scoped'), t('audit.col.os'), t('audit.col.lastSeen')];
  return (
    <ScrollTable label={t('audit.signersTable')} caption={t('audit.signersCaption')} columns={columns} minWidth="min-w-[56rem]">
      {signers.map((s) => (
        <tr key={s.guid} className={tableRow}>
          <th scope="row" className={`${tableCell} text-start font-medium`}>
            <Link className={`underline ${focusRing}`} to={paths.registry.curate.signers.getHref(url, { edit: s.guid })}>
              {s.name || s.guid}
            </Link>
          </th>
          <td className={tableCell}>{s.admin ? <Badge tone="green">{t('registry.roleAdmin')}</Badge> : t('registry.roleSigner')}</td>
          <td className={tableCell}>{s.contacts > 0 ? s.contacts : <span className="text-amber-800 dark:text-amber-300">{t('signer.none')}</span>}</td>
          <td className={tableCell}>
            {s.keys.length === 0 ? (
              <span className={muted}>{t('signer.none')}</span>
            ) : (
              <ul>
                {s.keys.map((k) => (
                  <li key={k.pem}>
                    <code className="text-xs" title={k.fingerprint ?? k.pem}>
                      {k.fingerprint ? shortenMiddle(k.fingerprint, 15, 4) : t('signer.unreadableKey')}
                    </code>
                  </li>
                ))}
              </ul>
            )}
          </td>
          <td className={`${tableCell} tabular-nums`}>{s.scoped}</td>
          <td className={tableCell}>{s.osReleases.length > 0 ? s.osReleases.join(', ') : <span className={muted}>{t('signer.none')}</span>}</td>
          <td className={tableCell}>{s.lastSeen ? <SeenText seen={s.lastSeen} withId /> : <span className={muted}>{t('audit.neverSeen')}</span>}</td>
        </tr>
      ))}
    </ScrollTable>
  );
}
