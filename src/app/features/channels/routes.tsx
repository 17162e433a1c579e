/**
 * @module
 * The channel board page (issue 14 items 1–2): the line (saved, or from a shared link), each
 * channel's acting key, the filters, the board with its drift and the promotion panel, with a
 * bulk "promote everything drifted" per pair of adjacent channels.
 */
import { useEffect, useMemo, useState } from 'react';
import { boardFacets, filterBoard, type BoardFilter } from '../../../core/registry/channel-filter.ts';
import { driftPromotions } from '../../../core/registry/promote-plan.ts';
import { CopyButton } from '../../components/copy-button.tsx';
import { Button, Panel, Spinner } from '../../components/ui.tsx';
import { ErrorView } from '../../components/error-view.tsx';
import { decodeLine, encodeLine, useChannelLine, type Channel } from '../../lib/channel-line.ts';
import { hashHref, paths } from '../../lib/paths.ts';
import { useT } from '../../i18n/i18n.ts';
import { startPromotion } from './api/promotion-store.ts';
import { useChannelBoard } from './api/use-channel-board.ts';
import { BoardFilters } from './components/board-filters.tsx';
import { BoardTable } from './components/board-table.tsx';
import { ChannelKeys } from './components/channel-keys.tsx';
import { LineEditor } from './components/line-editor.tsx';
import { PromotePanel } from './components/promote-panel.tsx';
import { SharedLine } from './components/shared-line.tsx';
import { useAddressParams } from '../../lib/use-address-params.tsx';

function Board({ line }: { line: Channel[] }) {
  const t = useT();
  const [params, setParams] = useAddressParams();
  const { indexes, board } = useChannelBoard(line);
  const [filter, setFilter] = useState<BoardFilter>({ driftedOnly: false, category: null, signer: null });
  const rows = useMemo(() => board.data?.rows ?? [], [board.data]);
  const shown = useMemo(() => filterBoard(rows, filter), [rows, filter]);
  const facets = useMemo(() => boardFacets(rows), [rows]);
  const labels = line.map((c) => c.label);
  // a package page's "promote" link: open that version's promotion once the board is there
  const from = line.findIndex((c) => c.url === params.get('from'));
  const id = params.get('id');
  const version = params.get('v');
  const ready = board.data !== undefined;
  useEffect(() => {
    if (!ready || from < 0 || from + 1 >= line.length || !id || !version) return;
    startPromotion(from, [{ id, version, hardware: null }]);
    // once: a refreshed board must not start it again
    setParams((p) => {
      const next = new URLSearchParams(p);
      for (const k of ['from', 'id', 'v']) next.delete(k);
      return next;
    }, { replace: true });
  }, [ready, from, id, version, line.length, setParams]);

  const failed = indexes.findIndex((q) => q.isError);
  if (failed >= 0) return (
      <div className="flex flex-col gap-2">
        <p className="font-medium">{t('channels.indexFailed', { label: labels[failed]! })}</p>
        <ErrorView error={indexes[failed]!.error} onRetry={() => void indexes[failed]!.refetch()} />
      </div>
    );
  if (!board.data) return <Spinner label={t('channels.computing')} />;
  return (
    <div className="flex flex-col gap-4">
      <PromotePanel line={line} indexes={indexes.map((q) => q.data)} />
      <Panel title={t('channels.boardTitle')}>
        <div className="flex flex-col gap-3">
          <p className="text-sm text-slate-600 dark:text-slate-300" data-testid="board-timing">
            {t('channels.summary', { rows: rows.length, drifted: rows.filter((r) => r.drift.length > 0).length, ms: Math.round(board.data.computeMs) })}
          </p>
          <div className="flex flex-wrap gap-2">
            {line.slice(0, -1).map((c, i) => {
              const items = driftPromotions(rows, i);
              return (
                <Button key={c.url} disabled={items.length === 0} onClick={() => startPromotion(i, items)}>
                  {t('channels.promoteAll', { from: c.label, to: labels[i + 1]!, count: items.length })}
                </Button>
              );
            })}
          </div>
          <BoardFilters filter={filter} onChange={setFilter} categories={facets.categories} signers={facets.signers} />
          <BoardTable rows={shown} labels={labels} onPromote={(i, item) => startPromotion(i, [item])} />
        </div>
      </Panel>
    </div>
  );
}

export function ChannelsPage() {
  const t = useT();
  const [params] = useAddressParams();
  const saved = useChannelLine();
  const shared = useMemo(() => decodeLine(params), [params]);
  const [editing, setEditing] = useState(false);
  const line = shared ?? saved.data ?? [];
  const isOwn = shared === null || encodeLine(shared) === encodeLine(saved.data ?? []);
  const link = `${location.origin}${location.pathname}${hashHref(paths.channels.getHref({ line: encodeLine(line) }))}`;

  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">{t('channels.title')}</h1>
      <p className="text-sm text-slate-600 dark:text-slate-300">{t('channels.intro')}</p>
      {saved.isPending && !shared ? (
        <Spinner />
      ) : editing || line.length === 0 ? (
        <Panel title={t('channels.editLine')}>
          <LineEditor initial={line} onDone={() => setEditing(false)} />
        </Panel>
      ) : (
        <>
          {shared && <SharedLine line={shared} isOwn={isOwn} />}
          <Panel
            title={t('channels.lineTitle', { line: line.map((c) => c.label).join(' → ') })}
            actions={
              <div className="flex flex-wrap gap-2">
                <CopyButton value={link} what={t('channels.shareLink')} />
                <Button onClick={() => setEditing(true)}>{t('channels.editLine')}</Button>
              </div>
            }
          >
            <ChannelKeys line={line} />
          </Panel>
          <Board line={line} />
        </>
      )}
    </div>
  );
}
