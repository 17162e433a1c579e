/**
 * @module
 * A promoted variant's result and an item's summary in words (nothing half-done hidden: a
 * partly promoted version says how many of its variants went in).
 */
import { describeUrlCheck } from '../../../lib/publishing/describe.ts';
import { describeError } from '../../../lib/error-messages.ts';
import type { Translate } from '../../../i18n/i18n.ts';
import type { PromotionItem, VariantResult } from '../api/promotion-store.ts';

export type ResultTone = 'neutral' | 'green' | 'amber' | 'red' | 'blue';

export function describeResult(r: VariantResult, t: Translate): { tone: ResultTone; text: string } {
  switch (r.status) {
    case 'waiting':
      return { tone: 'neutral', text: t('channels.result.waiting') };
    case 'checking':
      return { tone: 'blue', text: t('channels.result.checking') };
    case 'adding':
      return { tone: 'blue', text: t('channels.result.adding') };
    case 'done':
      return { tone: 'green', text: t('channels.result.done', { count: r.urls.length }) };
    case 'skipped':
      return { tone: 'neutral', text: t('channels.result.skipped') };
    case 'blocked':
      return { tone: 'amber', text: t('channels.result.blocked') };
    case 'failed':
      return { tone: 'red', text: t('channels.result.failed', { reason: describeError(r.error, t).title }) };
    case 'bad-url':
      return { tone: 'red', text: t('channels.result.badUrl', { url: r.url, reason: describeUrlCheck(r.check, t).text }) };
  }
}

export function describeItem(item: PromotionItem, t: Translate): { tone: ResultTone; text: string } {
  if (item.error !== null) return { tone: 'red', text: t('channels.item.error', { reason: describeError(item.error, t).title }) };
  const total = item.results.length;
  if (item.steps === null || total === 0) return { tone: 'neutral', text: t('channels.item.planned') };
  const count = (...s: VariantResult['status'][]) => item.results.filter((r) => s.includes(r.status)).length;
  const done = count('done');
  const bad = count('failed', 'bad-url', 'blocked');
  if (count('waiting', 'checking', 'adding') > 0) return { tone: 'blue', text: t('channels.item.running') };
  if (bad === 0) return { tone: 'green', text: done === 0 ? t('channels.item.nothingToDo') : t('channels.item.done', { done, total }) };
  if (done > 0) return { tone: 'amber', text: t('channels.item.partly', { done, total }) };
  return { tone: 'red', text: t('channels.item.failed', { bad, total }) };
}
