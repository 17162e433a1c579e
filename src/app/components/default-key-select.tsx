/**
 * @module
 * Chooses the default key of a saved registry (registries.ts `keyId`, issue 14 item 2): which
 * stored key acts there, or none (whichever key is unlocked). Used by the registry header and
 * the channel board; a native select, so it is keyboard operable as is.
 */
import { useId } from 'react';
import { ErrorView } from './error-view.tsx';
import { announce } from './live-region.tsx';
import { SelectField } from './ui.tsx';
import { useUpsertRegistry, type SavedRegistry } from '../lib/registries.ts';
import { useVaultKeys } from '../lib/vault/get-vault-keys.ts';
import { useT } from '../i18n/i18n.ts';

/** `label` names the registry in the field's label and the announcement. */
export function DefaultKeySelect({ saved, label }: { saved: SavedRegistry; label: string }) {
  const id = useId();
  const t = useT();
  const loaded = useVaultKeys().data;
  const keys = loaded ?? [];
  const upsert = useUpsertRegistry();
  const value = saved.keyId ?? '';
  return (
    <div className="flex flex-col gap-1">
      <SelectField
        id={`${id}-key`}
        label={t('actingKey.choose', { label })}
        value={value}
        disabled={upsert.isPending || !loaded}
        onChange={(e) =>
          upsert.mutate({ ...saved, keyId: e.target.value || null }, { onSuccess: () => announce(t('actingKey.saved', { label })) })
        }
      >
        <option value="">{t('actingKey.unlockedOne')}</option>
        {keys.map((k) => (
          <option key={k.id} value={k.id}>
            {k.name}
          </option>
        ))}
        {value !== '' && !keys.some((k) => k.id === value) && <option value={value}>{loaded ? t('actingKey.deletedKey') : '…'}</option>}
      </SelectField>
      {upsert.isError && <ErrorView error={upsert.error} />}
    </div>
  );
}
