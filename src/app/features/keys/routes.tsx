/**
 * @module
 * The key vault page (`/keys`, design.md §4.2): session and idle lock, stored keys, and the
 * create and import forms. Composition only; the work happens in api/ and lib/.
 */
import { useState } from 'react';
import { useVaultSettings } from './api/get-vault-settings.ts';
import { useIdleLock } from '../../lib/vault/idle-lock.ts';
import { toast } from '../../components/live-region.tsx';
import { PBKDF2_ITERATIONS } from '../../lib/vault/vault-crypto.ts';
import { DEFAULT_VAULT_SETTINGS } from '../../lib/vault/vault-store.ts';
import { vaultErrorMessage } from '../../lib/error-messages.ts';
import { CreateKeyForm } from './components/create-key-form.tsx';
import { ImportKeyForm } from './components/import-key-form.tsx';
import { KEY_LIST_TITLE_ID, KeyList } from './components/key-list.tsx';
import { SessionPanel } from './components/session-panel.tsx';
import { useFocusAfterRender } from './components/use-focus-after-render.ts';
import { translate, useT } from '../../i18n/i18n.ts';

function notifyIdleLock(keyName: string, minutes: number) {
  toast('info', translate('keys.idleLocked', { name: keyName, minutes }));
}

export interface KeysPageProps {
  /** Tests only: a faster PBKDF2 for new keys (refused outside the test runner, see vault-crypto). */
  kdfIterations?: number;
}

export function KeysPage({ kdfIterations }: KeysPageProps = {}) {
  const settings = useVaultSettings();
  useIdleLock(settings.data?.idleMinutes, notifyIdleLock);
  const [focusId, setFocusId] = useState<string | null>(null);
  const focusAfter = useFocusAfterRender();
  const cryptoAvailable = Boolean(globalThis.crypto?.subtle);
  const t = useT();

  return (
    <div className="mx-auto flex max-w-5xl flex-col gap-6">
      <header className="flex flex-col gap-1">
        <h1 className="text-xl font-semibold">{t('keys.title')}</h1>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          {t('keys.intro', { iterations: PBKDF2_ITERATIONS })}
        </p>
      </header>
      {!cryptoAvailable && (
        <div role="alert" className="rounded-md border border-amber-400 bg-amber-50 p-3 text-sm text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100">
          {vaultErrorMessage('VAULT_UNAVAILABLE')}
        </div>
      )}
      <SessionPanel idleMinutes={settings.data?.idleMinutes ?? DEFAULT_VAULT_SETTINGS.idleMinutes} />
      <KeyList focusId={focusId} onDeleted={() => focusAfter(KEY_LIST_TITLE_ID)} />
      <div className="grid gap-6 lg:grid-cols-2">
        <CreateKeyForm iterations={kdfIterations} onCreated={setFocusId} />
        <ImportKeyForm iterations={kdfIterations} onImported={setFocusId} />
      </div>
    </div>
  );
}
