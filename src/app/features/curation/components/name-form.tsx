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
import { useT } from '../../../i18n/i18n.ts';

export function NameForm({ current }: { current: string | null }) {
  const id = useId();
  const save = useSetRegistryName();
  const [name, setName] = useState(current ?? '');
  const [tried, setTried] = useState(false);
  const n = nameLength(name);
  const error = nameError(name);
  const over = n > NAME_MAX;
  const t = useT();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (error) return;
    const value = name.trim();
    save.mutate(value, { onSuccess: () => announce(t('identity.renamed', { name: value })) });
  };

  return (
    <form onSubmit={submit} className="flex flex-col gap-2" aria-label={t('identity.name')} noValidate>
      <label htmlFor={id} className="text-sm font-medium">
        {t('identity.name')}
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
          {save.isPending ? t('common.saving') : t('category.saveName')}
        </Button>
      </div>
      <p id={`${id}-count`} className={`text-xs ${over ? 'font-medium text-red-700 dark:text-red-400' : 'text-slate-600 dark:text-slate-400'}`} aria-live="polite">
        {t('identity.count', { length: n, max: NAME_MAX })}
        {over ? ` — ${t('identity.tooMany', { count: n - NAME_MAX })}` : ''}
      </p>
      <p id={`${id}-err`} className={errorTextClass}>
        {tried && error && !over ? error : ''}
      </p>
      <ActionError action="identity.name" error={save.error} />
    </form>
  );
}
