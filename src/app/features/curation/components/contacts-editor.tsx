/**
 * @module
 * Editable list of a signer's contacts: each an email address, a Matrix id or a website.
 */
import { Button } from '../../../components/ui.tsx';
import { CONTACT_LABELS, type ContactDraft, type ContactKind } from '../lib/signer-form.ts';
import { errorTextClass, inputClass } from './styles.ts';

const PLACEHOLDER: Record<ContactKind, string> = { email: 'alice@example.com', matrix: '@alice:example.org', website: 'https://example.com' };

export function ContactsEditor({ idPrefix, contacts, errors, onChange }: { idPrefix: string; contacts: ContactDraft[]; errors: (string | null)[]; onChange: (c: ContactDraft[]) => void }) {
  const set = (i: number, c: ContactDraft) => onChange(contacts.map((x, j) => (j === i ? c : x)));
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="text-sm font-medium">Contacts</legend>
      {contacts.length === 0 && <p className="text-xs text-slate-600 dark:text-slate-400">No contacts (optional).</p>}
      {contacts.map((c, i) => (
        <div key={i} className="flex flex-col gap-1">
          <div className="flex flex-wrap items-center gap-2">
            <label className="sr-only" htmlFor={`${idPrefix}-kind-${i}`}>
              Kind of contact {i + 1}
            </label>
            <select id={`${idPrefix}-kind-${i}`} className={inputClass} value={c.kind} onChange={(e) => set(i, { ...c, kind: e.target.value as ContactKind })}>
              {(Object.keys(CONTACT_LABELS) as ContactKind[]).map((k) => (
                <option key={k} value={k}>
                  {CONTACT_LABELS[k]}
                </option>
              ))}
            </select>
            <label className="sr-only" htmlFor={`${idPrefix}-value-${i}`}>
              {CONTACT_LABELS[c.kind]} (contact {i + 1})
            </label>
            <input
              id={`${idPrefix}-value-${i}`}
              className={`${inputClass} min-w-0 flex-1`}
              value={c.value}
              placeholder={PLACEHOLDER[c.kind]}
              type={c.kind === 'email' ? 'email' : c.kind === 'website' ? 'url' : 'text'}
              aria-invalid={errors[i] ? true : undefined}
              aria-describedby={errors[i] ? `${idPrefix}-err-${i}` : undefined}
              onChange={(e) => set(i, { ...c, value: e.target.value })}
            />
            <Button tone="ghost" aria-label={`Remove contact ${i + 1}`} onClick={() => onChange(contacts.filter((_, j) => j !== i))}>
              Remove
            </Button>
          </div>
          {errors[i] && (
            <p id={`${idPrefix}-err-${i}`} className={errorTextClass}>
              {errors[i]}
            </p>
          )}
        </div>
      ))}
      <Button className="self-start" onClick={() => onChange([...contacts, { kind: 'email', value: '' }])}>
        Add a contact
      </Button>
    </fieldset>
  );
}
