/**
 * @module
 * Precise messages for curation writes, by the registry's error code (spec/registry-api.md §3.5,
 * §4.4, §4.5, §4.7, §11): the same code means different things for different calls (6 is "no
 * such package" for a scope but "no such signer" for an edit). Anything not listed falls back to
 * the console-wide `describeError`.
 */
import { remoteErrorOf } from '../../../../core/rpc/envelope.ts';
import { describeError, type DescribedError } from '../../../lib/error-messages.ts';
import { CANCELLED } from './bulk-run.ts';

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
  | 'identity.icon';

const NOT_ADMIN = 'Your key is not (or no longer) an administrator of this registry, so it refused the change. Check the role shown at the top.';

const BY_CODE: Partial<Record<number, Partial<Record<CurationAction, string>>>> = {
  6: {
    'category.membership': 'That package is no longer in this registry (removed meanwhile?). Reload the list.',
    'category.delete': 'That package is no longer in this registry (removed meanwhile?). Reload the list.',
    'signer.edit': 'This signer no longer exists (removed meanwhile?). Reload the list.',
    'signer.remove': 'This signer no longer exists (already removed?). Reload the list.',
    'scope.set': 'That package is no longer in this registry. Scopes can only be granted on existing packages.',
    'scope.remove': 'This signer has no scope on this package any more (removed meanwhile?). Reload the list.',
  },
  38: {
    'signer.add': 'One of these keys already belongs to another signer; a key can identify only one signer.',
    'admin.grant': 'This signer no longer exists (removed meanwhile?). Reload the list.',
    'scope.set': 'This signer no longer exists (removed meanwhile?). Reload the list.',
  },
  [-32602]: {
    'signer.add': 'The registry rejected a contact or a key in the form.',
    'signer.edit': 'The registry rejected a contact or a key in the form.',
    'scope.set': 'The registry could not read this version range.',
    'identity.icon': 'The registry rejected the icon data; it must be an image data URL.',
  },
};

/** Title, registry details and code for a failed curation call. */
export function describeCurationError(action: CurationAction, error: unknown): DescribedError {
  if (error === CANCELLED) return { title: 'Not started: cancelled.', details: null, code: 'ABORTED' };
  const remote = remoteErrorOf(error);
  if (remote) {
    if (remote.code === 34) return { title: NOT_ADMIN, details: remote.details, code: '34' };
    const title = BY_CODE[remote.code]?.[action];
    if (title) return { title, details: remote.details, code: `${remote.code}` };
  }
  return describeError(error);
}
