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
          announce(`Signer "${draft.name.trim()}" saved.`);
          onDone(edit.guid);
        },
      });
    } else {
      add.mutate(addSignerParams(draft), {
        onSuccess: (guid) => {
          announce(`Signer "${draft.name.trim()}" added.`);
          setDraft(EMPTY);
          onDone(guid);
        },
      });
    }
  };

  return (
    <form onSubmit={submit} className="flex flex-col gap-4" aria-label={edit ? `Edit signer ${edit.info.name}` : 'Add a signer'} noValidate>
      <TextField id={`${prefix}-name`} label="Name" value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} error={errors?.name ?? null} autoComplete="off" />
      <ContactsEditor idPrefix={prefix} contacts={draft.contacts} errors={errors?.contacts ?? []} onChange={(contacts) => setDraft({ ...draft, contacts })} />
      <KeysEditor keys={draft.keys} onChange={(keys) => setDraft({ ...draft, keys })} myKeyPem={me.keyPem} error={errors?.keys ?? null} />
      {owners.length > 0 && (
        <div role="alert" className={warnBoxClass}>
          {owners.map((o) => (
            <p key={o.key}>
              A key here is already registered to <strong>{o.name}</strong> ({o.guid}). A key can identify only one signer: remove it here, or from {o.name} first.
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
          {m.isPending ? 'Saving…' : edit ? 'Save signer' : 'Add signer'}
        </Button>
        <Button onClick={() => onDone(null)} disabled={m.isPending}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
