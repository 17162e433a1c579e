/**
 * @module
 * The registry's name (`info.set-name`): at most 32 characters, with a live counter. Optimistic,
 * so the header changes at once; the field keeps the text if the registry refuses it.
 */
import { useId, useState, type FormEvent } from 'react';
import { announce } from '../../../components/live-region.tsx';
import { Button } from '../../../components/ui.tsx';
import { useSetRegistryName } from '../api/set-registry-name.ts';
import { NAME_MAX, nameError, nameLength } from '../lib/identity.ts';
import { ActionError } from './action-error.tsx';
import { errorTextClass, inputClass } from './styles.ts';

export function NameForm({ current }: { current: string | null }) {
  const id = useId();
  const save = useSetRegistryName();
  const [name, setName] = useState(current ?? '');
  const [tried, setTried] = useState(false);
  const n = nameLength(name);
  const error = nameError(name);
  const over = n > NAME_MAX;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (error) return;
    const value = name.trim();
    save.mutate(value, { onSuccess: () => announce(`Registry renamed to "${value}".`) });
  };

  return (
    <form onSubmit={submit} className="flex flex-col gap-2" aria-label="Registry name" noValidate>
      <label htmlFor={id} className="text-sm font-medium">
        Registry name
      </label>
      <div className="flex flex-wrap items-center gap-2">
        <input
          id={id}
          className={`${inputClass} min-w-0 flex-1`}
          value={name}
          onChange={(e) => setName(e.target.value)}
          aria-invalid={over || (tried && error) ? true : undefined}
          aria-describedby={`${id}-count ${id}-err`}
          autoComplete="off"
        />
        <Button type="submit" tone="primary" disabled={save.isPending || over || name.trim() === (current ?? '')}>
          {save.isPending ? 'Saving…' : 'Save name'}
        </Button>
      </div>
      <p id={`${id}-count`} className={`text-xs ${over ? 'font-medium text-red-700 dark:text-red-400' : 'text-slate-600 dark:text-slate-400'}`} aria-live="polite">
        {n} / {NAME_MAX} characters{over ? ` — ${n - NAME_MAX} too many` : ''}
      </p>
      <p id={`${id}-err`} className={errorTextClass}>
        {tried && error && !over ? error : ''}
      </p>
      <ActionError action="identity.name" error={save.error} />
    </form>
  );
}
