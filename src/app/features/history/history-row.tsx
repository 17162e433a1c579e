/**
 * @module
 * One recorded write: when, what kind, which package and variants, where, by which key, and
 * how it ended (with the error code of a failure); an unsigned line says so.
 */
import type { HistoryAction, HistoryLine } from '../../../core/history/history-line.ts';
import { Badge } from '../../components/ui.tsx';
import { useT, type MessageKey } from '../../i18n/i18n.ts';

const ACTION: Record<HistoryAction, MessageKey> = {
  publish: 'history.action.publish',
  'remove-version': 'history.action.removeVersion',
  'remove-variant': 'history.action.removeVariant',
  'remove-package': 'history.action.removePackage',
  promote: 'history.action.promote',
};

const td = 'px-2 py-1.5 align-top';

export function HistoryRow({ line, when }: { line: HistoryLine; when: string }) {
  const t = useT();
  const p = line.package;
  return (
    <tr className="border-t border-slate-200 dark:border-slate-800">
      <th scope="row" className={`${td} whitespace-nowrap text-start font-normal`}>
        <time dateTime={line.at}>{when}</time>
      </th>
      <td className={td}>{t(ACTION[line.action])}</td>
      <td className={td}>
        <span className="font-mono">{p.version === null ? p.id : `${p.id}@${p.version}`}</span>
        {line.variants.length > 0 && (
          <ul className="text-xs text-slate-600 dark:text-slate-400">
            {line.variants.map((v) => (
              <li key={v.sighash} className="break-all">
                <code>{v.sighash}</code> {v.urls.join(' ')}
              </li>
            ))}
          </ul>
        )}
      </td>
      <td className={`${td} break-all`}>
        {line.from !== undefined && <span className="block text-xs">{t('history.from', { from: line.from })}</span>}
        {line.registry}
      </td>
      <td className={td}>
        <code className="break-all text-xs">{line.key.fingerprint}</code>
        {line.signature === null && <span className="block text-xs text-amber-900 dark:text-amber-200">{t('history.unsigned')}</span>}
      </td>
      <td className={td}>
        {line.outcome.status === 'ok' ? (
          <Badge tone="green">{t('history.ok')}</Badge>
        ) : (
          <>
            <Badge tone="red">{t('history.failed')}</Badge>
            <span className="block break-words text-xs">{`${line.outcome.code}: ${line.outcome.message}`}</span>
          </>
        )}
      </td>
    </tr>
  );
}
