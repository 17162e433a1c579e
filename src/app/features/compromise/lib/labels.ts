/**
 * @module
 * Key-compromise items and results in words of the active language, for the page, the log and
 * the report.
 */
import type { ItemBlocker, ResponseItem, ResponseStep } from '../../../../core/registry/key-response.ts';
import type { SignedVariant } from '../../../../core/registry/key-compromise.ts';
import { hardwareLabel } from '../../../lib/hardware-label.ts';
import type { MessageKey, Translate } from '../../../i18n/i18n.ts';
import type { LogResult } from '../api/response-store.ts';

export const STEP_TITLE: Record<ResponseStep, MessageKey> = {
  'remove-key': 'compromise.step.removeKey',
  'revoke-admin': 'compromise.step.revokeAdmin',
  'remove-variant': 'compromise.step.removeVariants',
};

export const BLOCKER: Record<ItemBlocker, MessageKey> = {
  'no-key': 'compromise.blocker.noKey',
  'not-admin': 'compromise.blocker.notAdmin',
  'no-scope': 'compromise.blocker.noScope',
  'out-of-range': 'compromise.blocker.outOfRange',
};

export const RESULT: Record<LogResult, MessageKey> = {
  done: 'compromise.result.done',
  'no-change': 'compromise.result.noChange',
  kept: 'compromise.result.kept',
  failed: 'compromise.result.failed',
};

/** "hello 1.0.0:0 (x86_64)": registry data only, no words to translate but the hardware's. */
export function variantLabel(v: SignedVariant, t: Translate): string {
  return `${v.id} ${v.version} (${hardwareLabel(v.hardware, t)})`;
}

export function itemLabel(item: ResponseItem, t: Translate): string {
  switch (item.step) {
    case 'remove-key':
    case 'revoke-admin':
      return `${item.holder.name} (${item.holder.guid})`;
    case 'remove-variant':
      return variantLabel(item.variant, t);
  }
}
