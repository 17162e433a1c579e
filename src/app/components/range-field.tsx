/**
 * @module
 * The version-range text field, parsed live with the exver core: how the registry reads it
 * (its printed, normalized form), or where it fails; and a warning when the text relies on an
 * operator precedence the registry does not have.
 */
import { hasPrecedenceTrap, type ParsedRange } from '../lib/range-editor.ts';
import { errorTextClass, fieldClass as inputClass, warnBoxClass } from './ui.tsx';
import { useT } from '../i18n/i18n.ts';
import { Trans } from '../i18n/trans.tsx';

export function RangeField({
  id,
  value,
  parsed,
  onChange,
  label,
  placeholder = '>=1.0.0:0 <2.0.0:0',
}: {
  id: string;
  value: string;
  parsed: ParsedRange;
  onChange: (v: string) => void;
  /** The field's label (default "Version range"). */
  label?: string;
  placeholder?: string;
}) {
  const touched = value.trim() !== '';
  const t = useT();
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {label ?? t('range.label')}
      </label>
      <input
        id={id}
        className={`${inputClass} font-mono`}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        placeholder={placeholder}
        spellCheck={false}
        autoComplete="off"
        aria-invalid={touched && !parsed.ok ? true : undefined}
        aria-describedby={`${id}-status`}
      />
      <div id={`${id}-status`} aria-live="polite" className="text-xs">
        {!touched ? (
          <p className="text-slate-600 dark:text-slate-400">
            {t('range.help')}
          </p>
        ) : parsed.ok ? (
          <p className="text-emerald-800 dark:text-emerald-300">
            <Trans k="range.readsAs" values={{ range: parsed.printed, code: (c) => <code className="rounded bg-slate-100 px-1 dark:bg-slate-800">{c}</code> }} />
          </p>
        ) : (
          <p className={errorTextClass}>{parsed.message}</p>
        )}
      </div>
      {touched && hasPrecedenceTrap(value) && (
        <p className={`${warnBoxClass} text-xs`}>
          {t('range.precedence')} <code>(&gt;=1.0:0 &lt;2.0:0) || (&gt;=3.0:0 &lt;4.0:0)</code>.
        </p>
      )}
    </div>
  );
}
