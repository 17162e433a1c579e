/**
 * @module
 * "Promote to <next channel>" on a package page (issue 14 item 2), when this registry is in
 * the saved channel line and not its last channel: opens that version's promotion on the
 * channel board.
 */
import { Link } from 'react-router';
import { nextChannel, useChannelLine } from '../../../lib/channel-line.ts';
import { paths } from '../../../lib/paths.ts';
import { focusRing } from '../../../components/ui.tsx';
import { useT } from '../../../i18n/i18n.ts';

export function PromoteLink({ url, id, version }: { url: string; id: string; version: string | null }) {
  const t = useT();
  const next = nextChannel(useChannelLine().data ?? [], url);
  if (!next || version === null) return null;
  return (
    <Link
      className={`self-start rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800 ${focusRing}`}
      to={paths.channels.getHref({ from: url, id, version })}
    >
      {t('package.promote', { to: next.label })}
    </Link>
  );
}
