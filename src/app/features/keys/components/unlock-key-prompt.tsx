/**
 * @module
 * Unlock form of a key card: the seed goes from the record straight into vault-session.
 */
import { announce } from '../../../components/live-region.tsx';
import { useUnlockKey } from '../api/unlock-key.ts';
import type { VaultRecord } from '../../../lib/vault/vault-record.ts';
import { PassphrasePrompt } from './passphrase-prompt.tsx';
import { useT } from '../../../i18n/i18n.ts';

/** `onClose(unlocked)` is called after success (true) or cancel (false). */
export function UnlockKeyPrompt({ id, record, onClose }: { id: string; record: VaultRecord; onClose: (unlocked: boolean) => void }) {
  const unlock = useUnlockKey();
  const t = useT();
  return (
    <PassphrasePrompt
      id={id}
      record={record}
      submitLabel={t('keys.unlock')}
      busyLabel={t('keys.unlocking')}
      busy={unlock.isPending}
      error={unlock.error}
      onCancel={() => onClose(false)}
      onSubmit={(input) =>
        unlock.mutate(input, {
          onSuccess: () => {
            announce(t('keys.unlockedAnnounce', { name: record.name }));
            onClose(true);
          },
        })
      }
    />
  );
}
