/**
 * @module
 * The session: which key is unlocked (only one at a time), "Lock now", and how long an unused
 * key stays unlocked (5 / 15 / 60 minutes).
 */
import { useId } from 'react';
import { Button, focusRing, Panel } from '../../../components/ui.tsx';
import { announce } from '../../../components/live-region.tsx';
import { lockSession, useUnlockedKey } from '../../../lib/vault-session.ts';
import { useSaveVaultSettings } from '../api/save-vault-settings.ts';
import { IDLE_MINUTES, type IdleMinutes } from '../../../lib/vault/vault-store.ts';
import { disarmIdleLock } from '../../../lib/vault/idle-lock.ts';
import { VaultErrorView } from './vault-error-view.tsx';
import { useFocusAfterRender } from './use-focus-after-render.ts';
import { useT } from '../../../i18n/i18n.ts';
import { Trans } from '../../../i18n/trans.tsx';

export function SessionPanel({ idleMinutes }: { idleMinutes: IdleMinutes }) {
  const key = useUnlockedKey();
  const save = useSaveVaultSettings();
  const focusAfter = useFocusAfterRender();
  const selectId = useId();
  const t = useT();

  const lockNow = () => {
    if (!key) return;
    lockSession();
    disarmIdleLock();
    announce(t('keys.lockedAnnounce', { name: key.name }));
    // The button disables itself; send focus to the key's own Unlock button.
    focusAfter(`key-${key.id}-unlock`);
  };

  return (
    <Panel title={t('keys.session')}>
      <div className="flex flex-col gap-3 sm:flex-row sm:flex-wrap sm:items-end sm:justify-between">
        <div className="flex flex-col gap-2">
          <p className="text-sm">
            {key ? (
              <Trans k="keys.sessionUnlocked" values={{ name: key.name, strong: (c) => <strong className="break-all">{c}</strong> }} />
            ) : (
              t('keys.sessionLocked')
            )}
          </p>
          <div>
            <Button onClick={lockNow} disabled={!key}>
              {t('keys.lockNow')}
            </Button>
          </div>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor={selectId} className="text-sm font-medium">
            {t('keys.idleLabel')}
          </label>
          <select
            id={selectId}
            aria-describedby={`${selectId}-hint`}
            value={idleMinutes}
            onChange={(e) =>
              save.mutate({ idleMinutes: Number(e.target.value) as IdleMinutes }, { onSuccess: (s) => announce(t('keys.idleSaved', { minutes: s.idleMinutes })) })
            }
            className={`rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm dark:border-slate-600 dark:bg-slate-900 ${focusRing}`}
          >
            {IDLE_MINUTES.map((m) => (
              <option key={m} value={m}>
                {t('keys.minutes', { minutes: m })}
              </option>
            ))}
          </select>
          <p id={`${selectId}-hint`} className="text-xs text-slate-600 dark:text-slate-400">
            {t('keys.idleHint')}
          </p>
        </div>
      </div>
      {save.error ? <VaultErrorView error={save.error} /> : null}
    </Panel>
  );
}
