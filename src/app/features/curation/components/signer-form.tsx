/**
 * @module
 * Add or edit a signer: name, contacts, keys. Checks before sending what the registry would
 * refuse or silently get wrong: a key already registered to another signer (`add` refuses it,
 * `edit` would accept it and make key lookups ambiguous), and the only admin losing every key.
 */
import { useState, type FormEvent } from 'react';
import { announce } from '../../../components/live-region.tsx';
import { Button, TextField } from '../../../components/ui.tsx';
import type { SignerInfo } from '../../../../core/rpc/types.ts';
import { useAddSigner } from '../api/add-signer.ts';
import { useEditSigner } from '../api/edit-signer.ts';
import type { Me } from '../api/use-me.ts';
import { checkKeyRemoval } from '../../../lib/admin-guard.ts';
import { keyOwners } from '../../../../core/registry/signer-directory.ts';
import { addSignerParams, draftOf, editSignerParams, isNoopEdit, validateDraft, type DraftErrors, type SignerDraft } from '../lib/signer-form.ts';
import { ActionError } from './action-error.tsx';
import { ContactsEditor } from './contacts-editor.tsx';
import { KeysEditor } from './keys-editor.tsx';
import { warnBoxClass } from './styles.ts';
import { useT } from '../../../i18n/i18n.ts';
import { Trans } from '../../../i18n/trans.tsx';

export interface SignerFormProps {
  /** Edit this signer; absent = add a new one. */
  edit?: { guid: string; info: SignerInfo };
  signers: Record<string, SignerInfo>;
  admins: string[];
  me: Me;
  onDone: (guid: string | null) => void;
}

const EMPTY: SignerDraft = { name: '', contacts: [], keys: [] };

export function SignerForm({ edit, signers, admins, me, onDone }: SignerFormProps) {
  const add = useAddSigner();
  const editM = useEditSigner();
  const m = edit ? editM : add;
  const [draft, setDraft] = useState<SignerDraft>(() => (edit ? draftOf(edit.info) : EMPTY));
  const [errors, setErrors] = useState<DraftErrors | null>(null);
  const prefix = edit ? `signer-${edit.guid}` : 'new-signer';
  const t = useT();

  const owners = keyOwners(draft.keys, signers, edit?.guid ?? null);
  const params = edit ? editSignerParams(edit.guid, edit.info, draft) : null;
  const keyGuard = edit && params
    ? checkKeyRemoval({ admins, target: edit.guid, me: me.guid, keysAfter: draft.keys, myKeyPem: me.keyPem, removing: params.removeKey })
    : ({ allowed: true, warning: null } as const);
  const blocked = owners.length > 0 || !keyGuard.allowed;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const v = validateDraft(draft);
    setErrors(v);
    if (v || blocked) return;
    if (edit && params) {
      if (isNoopEdit(params)) return onDone(edit.guid);
      editM.mutate(params, {
        onSuccess: () => {
          announce(t('signer.saved', { name: draft.name.trim() }));
          onDone(edit.guid);
        },
      });
    } else {
      add.mutate(addSignerParams(draft), {
        onSuccess: (guid) => {
          announce(t('signer.added', { name: draft.name.trim() }));
          setDraft(EMPTY);
          onDone(guid);
        },
      });
    }
  };

  return (
    <form onSubmit={submit} className="flex flex-col gap-4" aria-label={edit ? t('signer.editForm', { name: edit.info.name }) : t('signer.add')} noValidate>
      <TextField id={`${prefix}-name`} label={t('nameEditor.name')} value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} error={errors?.name ?? null} autoComplete="off" />
      <ContactsEditor idPrefix={prefix} contacts={draft.contacts} errors={errors?.contacts ?? []} onChange={(contacts) => setDraft({ ...draft, contacts })} />
      <KeysEditor keys={draft.keys} onChange={(keys) => setDraft({ ...draft, keys })} myKeyPem={me.keyPem} error={errors?.keys ?? null} />
      {owners.length > 0 && (
        <div role="alert" className={warnBoxClass}>
          {owners.map((o) => (
            <p key={o.key}>
              <Trans k="signer.keyOwned" values={{ name: o.name, guid: o.guid, strong: (c) => <strong>{c}</strong> }} />
            </p>
          ))}
        </div>
      )}
      {!keyGuard.allowed && (
        <p role="alert" className={warnBoxClass}>
          {keyGuard.reason}
        </p>
      )}
      {keyGuard.allowed && keyGuard.warning && <p className={warnBoxClass}>{keyGuard.warning}</p>}
      <ActionError action={edit ? 'signer.edit' : 'signer.add'} error={m.error} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" tone="primary" disabled={m.isPending || blocked}>
          {m.isPending ? t('common.saving') : edit ? t('signer.save') : t('signer.addButton')}
        </Button>
        <Button onClick={() => onDone(null)} disabled={m.isPending}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
