/**
 * @module
 * The state of a promotion run (issue 14 item 2): one item per version, one result per
 * variant, so a partly done item shows exactly which variants went in and which did not.
 */
import type { PromoteStep } from '../../../../core/registry/promote-plan.ts';
import type { UrlCheck } from '../../../../core/registry/url-check.ts';
import type { HardwareRequirements } from '../../../../core/rpc/types.ts';
import { createStore } from '../../../lib/create-store.ts';

export type VariantResult =
  | { status: 'waiting' }
  | { status: 'checking' }
  | { status: 'adding' }
  | { status: 'done'; urls: string[] }
  | { status: 'skipped' }
  /** The target would refuse it, or it replaces a variant and replacing was not allowed. */
  | { status: 'blocked' }
  | { status: 'failed'; error: unknown }
  /** A URL does not serve the committed file (or cannot be downloaded at all). */
  | { status: 'bad-url'; url: string; check: UrlCheck };

export interface PromotionItem {
  /** `id@version`. */
  key: string;
  id: string;
  version: string;
  hardware: HardwareRequirements[] | null;
  /** The plan of the last run (null before planning, or when planning failed). */
  steps: PromoteStep[] | null;
  results: VariantResult[];
  /** Planning failed (the target could not be read). */
  error: unknown;
}

export interface PromotionRun {
  from: number;
  to: number;
  items: PromotionItem[];
  running: boolean;
}

export const promotionStore = createStore<PromotionRun | null>(null);

export function itemKey(id: string, version: string): string {
  return `${id}@${version}`;
}

export function updateItem(key: string, patch: (item: PromotionItem) => Partial<PromotionItem>): void {
  promotionStore.set((run) => run && { ...run, items: run.items.map((it) => (it.key === key ? { ...it, ...patch(it) } : it)) });
}

/** Whether an item finished with every variant added or skipped. */
export function itemSettled(item: PromotionItem): boolean {
  return item.steps !== null && item.results.length > 0 && item.results.every((r) => r.status === 'done' || r.status === 'skipped');
}

/** Items with something not done (failed, bad URL, blocked, or a planning error). */
export function unsettledItems(run: PromotionRun): PromotionItem[] {
  return run.items.filter((it) => it.error !== null || it.results.some((r) => r.status === 'failed' || r.status === 'bad-url' || r.status === 'blocked'));
}

/** Opens a new run of `items` from channel `from` to the next one (replacing a finished run). */
export function startPromotion(from: number, items: { id: string; version: string; hardware: HardwareRequirements[] | null }[]): void {
  if (promotionStore.get()?.running) return;
  promotionStore.set({
    from,
    to: from + 1,
    running: false,
    items: items.map((it) => ({ ...it, key: itemKey(it.id, it.version), steps: null, results: [], error: null })),
  });
}
