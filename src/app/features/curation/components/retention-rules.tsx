/**
 * @module
 * The retention rules form: three rules, each with a switch and its value; "Show what goes"
 * applies the rules that are on (a version goes only when every rule that is on selects it).
 */
import { useId, useState, type ReactNode } from 'react';
import { Button, fieldClass } from '../../../components/ui.tsx';
import { readRetentionForm, type RetentionForm } from '../lib/retention-form.ts';
import type { RetentionRules } from '../../../../core/registry/retention.ts';
import { useT } from '../../../i18n/i18n.ts';

function Rule({ on, onToggle, label, children }: { on: boolean; onToggle: (on: boolean) => void; label: string; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-2 rounded-md border border-slate-200 p-3 dark:border-slate-800">
      <label className="flex items-start gap-2 text-sm font-medium">
        <input type="checkbox" className="mt-0.5" checked={on} onChange={(e) => onToggle(e.target.checked)} />
        <span>{label}</span>
      </label>
      {children}
    </div>
  );
}

function Field({ id, label, hint, error, children }: { id: string; label: string; hint?: string; error?: string; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-1 ps-6">
      <label htmlFor={id} className="text-sm">
        {label}
      </label>
      {children}
      {(error ?? hint) && (
        <p id={`${id}-help`} className={`text-xs ${error ? 'text-red-700 dark:text-red-400' : 'text-slate-600 dark:text-slate-400'}`}>
          {error ?? hint}
        </p>
      )}
    </div>
  );
}

export function RetentionRulesForm({ initial, onApply }: { initial: RetentionForm; onApply: (rules: RetentionRules, form: RetentionForm) => void }) {
  const [form, setForm] = useState(initial);
  const [shown, setShown] = useState(false);
  const id = useId();
  const t = useT();
  const { rules, errors } = readRetentionForm(form);
  const err = (k: keyof typeof errors) => (shown && errors[k] ? t(errors[k]) : undefined);
  const set = (patch: Partial<RetentionForm>) => setForm((f) => ({ ...f, ...patch }));
  const input = (k: 'keep' | 'date' | 'os', on: boolean) => ({
    id: `${id}-${k}`,
    disabled: !on,
    'aria-invalid': err(k) ? true : undefined,
    'aria-describedby': `${id}-${k}-help`,
    className: `${fieldClass} max-w-xs`,
    value: form[k],
    onChange: (e: { target: { value: string } }) => set({ [k]: e.target.value }),
  });
  return (
    <form
      className="flex flex-col gap-3"
      aria-label={t('retention.rules')}
      onSubmit={(e) => {
        e.preventDefault();
        setShown(true);
        if (Object.keys(errors).length === 0) onApply(rules, form);
      }}
    >
      <p className="text-sm text-slate-600 dark:text-slate-400">{t('retention.rulesAbout')}</p>
      <Rule on={form.keepOn} onToggle={(keepOn) => set({ keepOn })} label={t('retention.keepRule')}>
        <Field id={`${id}-keep`} label={t('retention.keepLabel')} hint={t('retention.keepHint')} error={err('keep')}>
          <input type="number" min={0} step={1} inputMode="numeric" {...input('keep', form.keepOn)} />
        </Field>
      </Rule>
      <Rule on={form.dateOn} onToggle={(dateOn) => set({ dateOn })} label={t('retention.dateRule')}>
        <Field id={`${id}-date`} label={t('retention.dateLabel')} hint={t('retention.dateHint')} error={err('date')}>
          <input type="date" {...input('date', form.dateOn)} />
        </Field>
      </Rule>
      <Rule on={form.osOn} onToggle={(osOn) => set({ osOn })} label={t('retention.osRule')}>
        <Field id={`${id}-os`} label={t('retention.osLabel')} hint={t('retention.osHint')} error={err('os')}>
          <input type="text" placeholder="0.4.0" autoComplete="off" spellCheck={false} {...input('os', form.osOn)} />
        </Field>
      </Rule>
      <Button type="submit" tone="primary" className="self-start">
        {t('retention.preview')}
      </Button>
    </form>
  );
}
