/**
 * @module
 * Precise messages for the release manager's writes, by the registry's error code (spec
 * registry-api.md §3.5, §4.6, §11): 6 means "no such release" for `os.version.signer.add` but
 * "not one of its authorized signers" for `.remove`; 31 on `os.asset.add.*` is another image
 * already recorded for that platform (or a signature the target refused). Anything not listed
 * falls back to the console-wide `describeError`. Codes, never the (translated) details.
 */
import { remoteErrorOf } from '../../../../core/rpc/envelope.ts';
import { describeError, type DescribedError } from '../../../lib/error-messages.ts';
import { translate, type MessageKey, type Translate } from '../../../i18n/i18n.ts';

export type OsAction = 'release.save' | 'release.remove' | 'signer.add' | 'signer.remove' | 'promote.release' | 'promote.asset';

const BY_CODE: Partial<Record<number, Partial<Record<OsAction, MessageKey>>>> = {
  34: {
    'release.save': 'os.error.notAdmin',
    'release.remove': 'os.error.notAdmin',
    'signer.add': 'os.error.notAdmin',
    'signer.remove': 'os.error.notAdmin',
    'promote.release': 'os.error.notAdminTarget',
    'promote.asset': 'os.error.notAuthorizedTarget',
  },
  6: {
    'signer.add': 'os.error.releaseGone',
    'signer.remove': 'os.error.signerNotAuthorized',
    'promote.asset': 'os.error.releaseGoneTarget',
  },
  38: { 'signer.add': 'os.error.unknownSigner' },
  31: { 'promote.asset': 'os.error.commitmentMismatch' },
  [-32602]: { 'release.save': 'os.error.badRelease' },
};

/** Title, registry details and code for a failed release-manager call. */
export function describeOsError(action: OsAction, error: unknown, t: Translate = translate): DescribedError {
  const remote = remoteErrorOf(error);
  const key = remote ? BY_CODE[remote.code]?.[action] : undefined;
  if (remote && key) return { title: t(key), details: remote.details, code: `${remote.code}` };
  return describeError(error, t);
}

/** The describer `ErrorView` / `ConfirmAction` take, for one action. */
export const osErrorOf = (action: OsAction) => (error: unknown, t: Translate) => describeOsError(action, error, t);
