/**
 * @module
 * Precise messages for curation writes, by the registry's error code (spec/registry-api.md §3.5,
 * §4.4, §4.5, §4.7, §11): the same code means different things for different calls (6 is "no
 * such package" for a scope but "no such signer" for an edit). Anything not listed falls back to
 * the console-wide `describeError`.
 */
import { remoteErrorOf } from '../../../../core/rpc/envelope.ts';
import { describeError, type DescribedError } from '../../../lib/error-messages.ts';
import { translate, type MessageKey, type Translate } from '../../../i18n/i18n.ts';

export type CurationAction =
  | 'category.save'
  | 'category.delete'
  | 'category.membership'
  | 'signer.add'
  | 'signer.edit'
  | 'signer.remove'
  | 'admin.grant'
  | 'admin.revoke'
  | 'scope.set'
  | 'scope.remove'
  | 'identity.name'
  | 'identity.icon'
  | 'version.remove';

const BY_CODE: Partial<Record<number, Partial<Record<CurationAction, MessageKey>>>> = {
  6: {
    'category.membership': 'curationError.packageGone',
    'category.delete': 'curationError.packageGone',
    'signer.edit': 'curationError.signerGone',
    'signer.remove': 'curationError.signerAlreadyRemoved',
    'scope.set': 'curationError.scopePackageGone',
    'scope.remove': 'curationError.scopeGone',
  },
  38: {
    'signer.add': 'curationError.keyTaken',
    'admin.grant': 'curationError.signerGone',
    'scope.set': 'curationError.signerGone',
  },
  [-32602]: {
    'signer.add': 'curationError.badSignerForm',
    'signer.edit': 'curationError.badSignerForm',
    'scope.set': 'curationError.badRange',
    'identity.icon': 'curationError.badIcon',
  },
};

/** Title, registry details and code for a failed curation call. */
export function describeCurationError(action: CurationAction, error: unknown, t: Translate = translate): DescribedError {
  const remote = remoteErrorOf(error);
  if (remote) {
    if (remote.code === 34) return { title: t('curationError.notAdmin'), details: remote.details, code: '34' };
    const key = BY_CODE[remote.code]?.[action];
    if (key) return { title: t(key), details: remote.details, code: `${remote.code}` };
  }
  return describeError(error, t);
}

/** `describeCurationError` for one action, as a bulk result list's `describe`. */
export const describerFor = (action: CurationAction) => (error: unknown, t: Translate) => describeCurationError(action, error, t);
