/**
 * @module
 * The explicit replace-vs-merge choice (the registry's required `merge` flag), each option
 * showing the old range and the range that will be stored.
 */
import { parseRangeInput, resultingRange, type ScopeMode } from '../../../lib/range-editor.ts';
import { printRange } from '../../../../core/exver/index.ts';
import { useT } from '../../../i18n/i18n.ts';
import { Trans } from '../../../i18n/trans.tsx';

export function ScopeModeChoice({ name, mode, onChange, existing, pkg, text }: { name: string; mode: ScopeMode | null; onChange: (m: ScopeMode) => void; existing: string; pkg: string; text: string }) {
  const parsed = parseRangeInput(text);
  const t = useT();
  const outcome = (m: ScopeMode) => (parsed.ok ? printRange(resultingRange(existing, parsed.range, m)) : '…');
  const option = (m: ScopeMode, title: string, explain: string) => (
    <label className={`flex cursor-pointer gap-3 rounded-md border p-3 text-sm ${mode === m ? 'border-blue-600 bg-blue-50 dark:bg-blue-950' : 'border-slate-300 dark:border-slate-700'}`}>
      <input type="radio" name={name} className="mt-1" checked={mode === m} onChange={() => onChange(m)} />
      <span className="flex min-w-0 flex-col gap-1">
        <span className="font-medium">{title}</span>
        <span className="text-slate-600 dark:text-slate-400">{explain}</span>
        <span className="break-all">
          <Trans k="scope.becomes" values={{ range: outcome(m), code: (c) => <code className="rounded bg-slate-100 px-1 dark:bg-slate-800" data-testid={`scope-${m}-result`}>{c}</code> }} />
        </span>
      </span>
    </label>
  );
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="text-sm font-medium">
        <Trans k="scope.currentRange" values={{ id: pkg, range: existing, code: (c) => <code className="rounded bg-slate-100 px-1 font-normal dark:bg-slate-800">{c}</code> }} />
      </legend>
      {option('replace', t('scope.replace'), t('scope.replaceExplain'))}
      {option('merge', t('scope.merge'), t('scope.mergeExplain'))}
    </fieldset>
  );
}
