/**
 * @module
 * The version-range text field, parsed live with the exver core: how the registry reads it
 * (its printed, normalized form), or where it fails; and a warning when the text relies on an
 * operator precedence the registry does not have.
 */
import { hasPrecedenceTrap, type ParsedRange } from '../lib/range-editor.ts';
import { errorTextClass, inputClass, warnBoxClass } from './styles.ts';

export function RangeField({ id, value, parsed, onChange }: { id: string; value: string; parsed: ParsedRange; onChange: (v: string) => void }) {
  const touched = value.trim() !== '';
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        Version range
      </label>
      <input
        id={id}
        className={`${inputClass} font-mono`}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        placeholder=">=1.0.0:0 <2.0.0:0"
        spellCheck={false}
        autoComplete="off"
        aria-invalid={touched && !parsed.ok ? true : undefined}
        aria-describedby={`${id}-status`}
      />
      <div id={`${id}-status`} aria-live="polite" className="text-xs">
        {!touched ? (
          <p className="text-slate-600 dark:text-slate-400">
            Operators: &gt;= &gt; &lt; &lt;= = != ^ ~; a space means AND, || means OR; #flavor for a flavor; * every version, ! none.
          </p>
        ) : parsed.ok ? (
          <p className="text-emerald-800 dark:text-emerald-300">
            The registry reads it as <code className="rounded bg-slate-100 px-1 dark:bg-slate-800">{parsed.printed}</code>
          </p>
        ) : (
          <p className={errorTextClass}>{parsed.message}</p>
        )}
      </div>
      {touched && hasPrecedenceTrap(value) && (
        <p className={`${warnBoxClass} text-xs`}>
          The registry has no operator precedence: it reads left to right, and a space after || still means OR. Put each alternative in parentheses, for example
          <code> (&gt;=1.0:0 &lt;2.0:0) || (&gt;=3.0:0 &lt;4.0:0)</code>.
        </p>
      )}
    </div>
  );
}
