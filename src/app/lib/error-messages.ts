/**
 * @module
 * Every error the console can meet, as a human message in the active language: one catalog
 * family per code space (`errors.core.*`, `errors.remote.*`, `errors.vault.*`), typed so a new
 * code does not compile until the English catalog has its message (style.md §2.3; the catalog
 * test then demands it in every language). `describeError` picks the right one and adds the
 * registry's own details.
 */
import { NOT_STARTED } from '../../core/concurrency/limit.ts';
import { CoreError, type CoreErrorCode } from '../../core/errors.ts';
import type { RpcErrorKind } from '../../core/rpc/error-codes.ts';
import { remoteErrorOf } from '../../core/rpc/envelope.ts';
import { translate, type Translate } from '../i18n/i18n.ts';
import { isVaultError, type VaultErrorCode } from './vault/vault-errors.ts';
import { ChunkLoadError } from './chunk-load-error.ts';

export function coreErrorMessage(code: CoreErrorCode, t: Translate = translate): string {
  return t(`errors.core.${code}`);
}

/** The registry's error kinds (spec/registry-api.md §11); unused kinds stay short. */
export function remoteErrorMessage(kind: RpcErrorKind, t: Translate = translate): string {
  return t(`errors.remote.${kind}`);
}

export function vaultErrorMessage(code: VaultErrorCode, t: Translate = translate): string {
  return t(`errors.vault.${code}`);
}

export interface DescribedError {
  title: string;
  /** The registry's own words (`data.details`) or the core error's message. */
  details: string | null;
  code: string;
}

/** A human description of any thrown value, in the language of `t`. */
export function describeError(e: unknown, t: Translate = translate): DescribedError {
  if (e === NOT_STARTED) return { title: t('bulk.notStarted'), details: null, code: 'ABORTED' };
  const remote = remoteErrorOf(e);
  if (remote) {
    const title =
      remote.kind === 'Unrecognized' ? t('errors.remoteUnrecognized', { code: remote.code }) : remoteErrorMessage(remote.kind, t);
    return { title, details: remote.details, code: `${remote.code}` };
  }
  if (e instanceof CoreError) return { title: coreErrorMessage(e.code, t), details: e.message, code: e.code };
  if (isVaultError(e)) return { title: vaultErrorMessage(e.code, t), details: null, code: e.code };
  if (e instanceof ChunkLoadError) return { title: t('errors.chunkLoad'), details: e.message, code: e.code };
  return { title: t('errors.unknown'), details: e instanceof Error ? e.message : String(e), code: 'UNKNOWN' };
}
