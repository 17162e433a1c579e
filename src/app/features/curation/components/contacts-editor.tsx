/**
 * @module
 * Editable list of a signer's contacts: each an email address, a Matrix id or a website.
 */
import { Button } from '../../../components/ui.tsx';
import { CONTACT_LABELS, type ContactDraft, type ContactKind } from '../lib/signer-form.ts';
import { errorTextClass, inputClass } from './styles.ts';
import { useT } from '../../../i18n/i18n.ts';

const PLACEHOLDER: Record<ContactKind, string> = { email: 'alice@example.com', matrix: '@alice:example.org', website: 'https://example.com' };

export function ContactsEditor({ idPrefix, contacts, errors, onChange }: { idPrefix: string; contacts: ContactDraft[]; errors: (string | null)[]; onChange: (c: ContactDraft[]) => void }) {
  const set = (i: number, c: ContactDraft) => onChange(contacts.map((x, j) => (j === i ? c : x)));
  const t = useT();
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="text-sm font-medium">{t('signer.contacts')}</legend>
      {contacts.length === 0 && <p className="text-xs text-slate-600 dark:text-slate-400">{t('signer.noContacts')}</p>}
      {contacts.map((c, i) => (
        <div key={i} className="flex flex-col gap-1">
          <div className="flex flex-wrap items-center gap-2">
            <label className="sr-only" htmlFor={`${idPrefix}-kind-${i}`}>
              {t('signer.contactKind', { n: i + 1 })}
            </label>
            <select id={`${idPrefix}-kind-${i}`} className={inputClass} value={c.kind} onChange={(e) => set(i, { ...c, kind: e.target.value as ContactKind })}>
              {(Object.keys(CONTACT_LABELS) as ContactKind[]).map((k) => (
                <option key={k} value={k}>
                  {t(CONTACT_LABELS[k])}
                </option>
              ))}
            </select>
            <label className="sr-only" htmlFor={`${idPrefix}-value-${i}`}>
              {t('signer.contactValue', { kind: t(CONTACT_LABELS[c.kind]), n: i + 1 })}
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
            <Button tone="ghost" aria-label={t('signer.removeContact', { n: i + 1 })} onClick={() => onChange(contacts.filter((_, j) => j !== i))}>
              {t('registries.remove')}
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
        {t('signer.addContact')}
      </Button>
    </fieldset>
  );
}
