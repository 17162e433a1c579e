/**
 * @module
 * The promotion panel (issue 14 item 2): the versions to promote from one channel to the
 * next, the supply-chain diff against the version each supersedes there, each variant's pre-flight verdict against the target with the acting key's role, the
 * acting key, the options (add the source's URLs to variants the target has; replace variants
 * built differently), then per-variant results with a retry of whatever is not done.
 */
import { useId, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { planPromotion } from '../../../../core/registry/promote-plan.ts';
import { ownValue } from '../../../../core/registry/own-key.ts';
import type { PackageIndex } from '../../../../core/rpc/types.ts';
import { Badge, Button, Panel, focusRing } from '../../../components/ui.tsx';
import { describeVerdict } from '../../../lib/publishing/describe.ts';
import { hardwareLabel } from '../../../lib/hardware-label.ts';
import type { Channel } from '../../../lib/channel-line.ts';
import { useStore } from '../../../lib/create-store.ts';
import { useT } from '../../../i18n/i18n.ts';
import { promotionStore, unsettledItems, type PromotionItem } from '../api/promotion-store.ts';
import { runPromotion, type PromotionOptions } from '../api/run-promotion.ts';
import { useActingKeyFor, type ActingKeyFor } from '../../../lib/acting-key-for.ts';
import { describeItem, describeResult } from '../lib/describe-result.ts';
import { ActingKeyForNote } from '../../../components/acting-key-for-note.tsx';
import { PromoteDiff } from './promote-diff.tsx';
import { VariantChooser } from './variant-chooser.tsx';

function ItemView({ item, source, target, targetLabel, acting, options, single }: { item: PromotionItem; source: PackageIndex; target: PackageIndex | undefined; targetLabel: string; acting: ActingKeyFor; options: PromotionOptions; single: boolean }) {
  const t = useT();
  const info = ownValue(ownValue(source.packages, item.id)?.versions, item.version);
  const steps = item.steps ?? (info && target && acting.authority ? planPromotion(target, acting.authority, { id: item.id, version: item.version, source: info, hardware: item.hardware, ...options }) : null);
  const summary = describeItem(item, t);
  return (
    <li className="flex flex-col gap-1 border-t border-slate-200 py-2 dark:border-slate-800" data-testid={`promote-${item.key}`}>
      <div className="flex flex-wrap items-center gap-2">
        <span className="font-medium">{item.id}</span>
        <span className="font-mono">{item.version}</span>
        <Badge tone={summary.tone}>{summary.text}</Badge>
      </div>
      {single && info && item.steps === null && <VariantChooser item={item} variants={info.s9pks} />}
      {info && target && <PromoteDiff version={item.version} source={info} target={ownValue(target.packages, item.id)} targetLabel={targetLabel} />}
      <ul className="flex flex-col gap-1 ps-4 text-sm">
        {(steps ?? []).map((s, i) => {
          const verdict = describeVerdict(s.verdict, { id: item.id, version: item.version, viaBatch: false }, t);
          const result = item.results[i];
          const described = result && describeResult(result, t);
          return (
            <li key={i} className="flex flex-wrap items-center gap-2">
              <span>{hardwareLabel(s.hardware, t)}</span>
              <Badge tone={verdict.tone}>{verdict.label}</Badge>
              {s.verdict.kind === 'conflict' && <span>{t('channels.conflictFields', { fields: s.verdict.diff.map((d) => d.field).join(', ') })}</span>}
              {s.verdict.kind === 'refused' && <span>{verdict.text}</span>}
              {described && <Badge tone={described.tone}>{described.text}</Badge>}
            </li>
          );
        })}
      </ul>
    </li>
  );
}

export function PromotePanel({ line, indexes }: { line: Channel[]; indexes: (PackageIndex | undefined)[] }) {
  const id = useId();
  const t = useT();
  const qc = useQueryClient();
  const run = useStore(promotionStore);
  const [options, setOptions] = useState<PromotionOptions>({ addSourceUrls: false, allowReplace: false });
  const to = line[run?.to ?? 0];
  const acting = useActingKeyFor(to?.url ?? '');
  if (!run || !to) return null;
  const from = line[run.from]!;
  const source = indexes[run.from];
  const unsettled = unsettledItems(run);
  const started = run.items.some((it) => it.steps !== null || it.error !== null);
  const go = (keys?: string[]) =>
    source && acting.authority && void runPromotion(qc, source, { url: to.url, sourceUrl: from.url, client: acting.client, keyId: acting.saved?.keyId ?? null, authority: acting.authority }, options, keys);
  return (
    <Panel title={<span id={`${id}-title`}>{t('channels.promoteTitle', { from: from.label, to: to.label, count: run.items.length })}</span>}>
      <div className="flex flex-col gap-3" role="region" aria-labelledby={`${id}-title`}>
        <ActingKeyForNote acting={acting} label={to.label} />
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" className={focusRing} checked={options.addSourceUrls} onChange={(e) => setOptions({ ...options, addSourceUrls: e.target.checked })} />
          {t('channels.option.addSourceUrls', { from: from.label, to: to.label })}
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" className={focusRing} checked={options.allowReplace} onChange={(e) => setOptions({ ...options, allowReplace: e.target.checked })} />
          {t('channels.option.allowReplace', { to: to.label })}
        </label>
        <ul aria-live="polite">
          {run.items.map((it) => (
            <ItemView key={it.key} item={it} source={source ?? { categories: {}, packages: {} }} target={indexes[run.to]} targetLabel={to.label} acting={acting} options={options} single={run.items.length === 1} />
          ))}
        </ul>
        <div className="flex flex-wrap gap-2">
          {!started && (
            <Button tone="primary" disabled={run.running || acting.problem !== null || !acting.authority} onClick={() => go()}>
              {t('channels.promoteRun', { count: run.items.length, to: to.label })}
            </Button>
          )}
          {started && unsettled.length > 0 && (
            <Button tone="primary" disabled={run.running || acting.problem !== null} onClick={() => go(unsettled.map((it) => it.key))}>
              {t('channels.retry', { count: unsettled.length })}
            </Button>
          )}
          <Button disabled={run.running} onClick={() => promotionStore.set(null)}>{t('common.close')}</Button>
        </div>
      </div>
    </Panel>
  );
}
