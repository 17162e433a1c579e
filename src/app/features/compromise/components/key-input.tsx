/**
 * @module
 * Which key is compromised: a pasted `PUBLIC KEY` PEM, or one picked from the signers of the
 * saved registries (the registries whose signers the acting key may read).
 */
import { useId, useState, type FormEvent } from 'react';
import { isCoreError } from '../../../../core/errors.ts';
import { parseSuspectKey, type KeyChoice, type SuspectKey } from '../../../../core/registry/key-compromise.ts';
import { Button, fieldClass, SelectField } from '../../../components/ui.tsx';
import { useT, type MessageKey } from '../../../i18n/i18n.ts';

const PARSE_ERROR: Record<string, MessageKey> = {
  PEM_WRONG_LABEL: 'compromise.input.notPublic',
  KEY_BAD_DER: 'compromise.input.notEd25519',
};

/** `disabled`: a response step is running; another key would start a new response under it. */
export function KeyInput({ choices, onKey, disabled = false }: { choices: KeyChoice[]; onKey: (key: SuspectKey) => void; disabled?: boolean }) {
  const t = useT();
  const id = useId();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    try {
      onKey(parseSuspectKey(text));
      setError(null);
    } catch (err) {
      setError(t((isCoreError(err) && PARSE_ERROR[err.code]) || 'compromise.input.noPem'));
    }
  };
  const pick = (pem: string) => {
    const choice = choices.find((c) => c.pem === pem);
    if (choice) onKey({ pem: choice.pem, fingerprint: choice.fingerprint });
  };
  return (
    <div className="flex flex-col gap-4">
      <form className="flex flex-col gap-2" onSubmit={submit}>
        <label htmlFor={`${id}-pem`} className="text-sm font-medium">
          {t('compromise.input.label')}
        </label>
        <textarea
          id={`${id}-pem`}
          rows={4}
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder="-----BEGIN PUBLIC KEY-----"
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-help`}
          className={`${fieldClass} font-mono text-xs`}
        />
        <p id={`${id}-help`} className={`text-xs ${error ? 'text-red-700 dark:text-red-400' : 'text-slate-600 dark:text-slate-400'}`}>
          {error ?? t('compromise.input.hint')}
        </p>
        <Button type="submit" tone="primary" className="self-start" disabled={disabled}>
          {t('compromise.input.find')}
        </Button>
      </form>
      {choices.length > 0 && (
        <SelectField id={`${id}-pick`} label={t('compromise.input.pick')} value="" className="w-full max-w-full" disabled={disabled} onChange={(e) => pick(e.target.value)}>
          <option value="">{t('compromise.input.pickNone')}</option>
          {choices.map((c) => (
            <option key={c.pem} value={c.pem}>
              {`${c.holders.map((h) => h.name).join(', ')} — ${c.fingerprint}`}
            </option>
          ))}
        </SelectField>
      )}
    </div>
  );
}
