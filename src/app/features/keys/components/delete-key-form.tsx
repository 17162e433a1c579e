/**
 * @module
 * Deleting a key asks for its name typed out, after saying plainly that without an exported
 * copy the key is gone for good.
 */
import { useState, type FormEvent } from 'react';
import { TextField } from '../../../components/ui.tsx';
import { toast } from '../../../components/live-region.tsx';
import { useDeleteKey } from '../api/delete-key.ts';
import { EXPORT_FILE_NAME } from '../api/export-key.ts';
import type { VaultRecord } from '../../../lib/vault/vault-record.ts';
import { KeyCardForm } from './key-card-form.tsx';
import { VaultErrorView } from './vault-error-view.tsx';
import { useT } from '../../../i18n/i18n.ts';
import { Trans } from '../../../i18n/trans.tsx';

export interface DeleteKeyFormProps {
  id: string;
  record: VaultRecord;
  unlocked: boolean;
  onDeleted: () => void;
  onCancel: () => void;
}

export function DeleteKeyForm({ id, record, unlocked, onDeleted, onCancel }: DeleteKeyFormProps) {
  const { name } = record;
  const t = useT();
  const remove = useDeleteKey({
    onSuccess: () => {
      toast('success', t('keys.deleted', { name }));
      onDeleted();
    },
  });
  const busy = remove.isPending;
  const [typed, setTyped] = useState('');
  const matches = typed.trim() === name;
  const warningId = `${id}-delete-warning`;
  const inputId = `${id}-delete-confirm`;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!matches || busy) return;
    remove.mutate(record.id);
  };
  return (
    <KeyCardForm
      tone="danger"
      busy={busy}
      canSubmit={matches}
      submitLabel={t('keys.deletePermanently')}
      busyLabel={t('keys.deleting')}
      onSubmit={submit}
      onCancel={onCancel}
    >
      <div id={warningId} className="text-sm text-red-900 dark:text-red-200">
        <p className="font-medium">{t('keys.deleteQuestion', { name })}</p>
        <p className="mt-1">
          <Trans k="keys.deleteWarning" values={{ file: EXPORT_FILE_NAME }} />
          {unlocked ? ` ${t('keys.lockedFirst')}` : ''}
        </p>
      </div>
      <TextField
        id={inputId}
        label={t('keys.typeNameToConfirm')}
        value={typed}
        onChange={(e) => setTyped(e.target.value)}
        autoComplete="off"
        autoFocus
        readOnly={busy}
        hint={t('keys.typeNameExactly', { name })}
        aria-describedby={`${warningId} ${inputId}-help`}
      />
      {remove.error ? <VaultErrorView error={remove.error} /> : null}
    </KeyCardForm>
  );
}
