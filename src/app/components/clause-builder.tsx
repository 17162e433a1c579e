/**
 * @module
 * Builds a range piece by piece: an operator and a version (optionally of a flavor), joined to
 * what is typed with AND or OR; or a whole-flavor atom, or "any version". The text field stays
 * the source of truth; this only writes into it.
 */
import { useId, useState } from 'react';
import { Button, fieldClass as inputClass } from './ui.tsx';
import { appendClause, CLAUSE_OPERATORS, clauseText, flavorAtom, type ClauseOperator } from '../lib/range-editor.ts';
import { useT, type MessageKey } from '../i18n/i18n.ts';

const OP_LABELS: Record<ClauseOperator, MessageKey> = {
  '>=': 'clause.atLeast',
  '>': 'clause.newerThan',
  '<': 'clause.olderThan',
  '<=': 'clause.atMost',
  '=': 'clause.exactly',
  '!=': 'clause.anythingBut',
  '^': 'clause.compatible',
  '~': 'clause.patches',
};

export function ClauseBuilder({ value, onChange }: { value: string; onChange: (text: string) => void }) {
  const id = useId();
  const [op, setOp] = useState<ClauseOperator>('>=');
  const [version, setVersion] = useState('');
  const [flavor, setFlavor] = useState('');
  const clause = clauseText({ op, version, flavor });
  const ready = version.trim() !== '';
  const join = (how: 'and' | 'or') => onChange(appendClause(value, clause, how));
  const t = useT();

  return (
    <fieldset className="flex flex-col gap-2 rounded-md border border-slate-200 p-3 dark:border-slate-800">
      <legend className="px-1 text-sm font-medium">{t('clause.build')}</legend>
      <div className="flex flex-wrap items-end gap-2">
        <label className="flex flex-col gap-1 text-xs" htmlFor={`${id}-op`}>
          {t('clause.operator')}
          <select id={`${id}-op`} className={inputClass} value={op} onChange={(e) => setOp(e.target.value as ClauseOperator)}>
            {CLAUSE_OPERATORS.map((o) => (
              <option key={o} value={o}>
                {o} {t(OP_LABELS[o])}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1 text-xs" htmlFor={`${id}-v`}>
          {t('clause.version')}
          <input id={`${id}-v`} className={`${inputClass} w-32 font-mono`} value={version} placeholder="1.0.0:0" onChange={(e) => setVersion(e.target.value)} spellCheck={false} />
        </label>
        <label className="flex flex-col gap-1 text-xs" htmlFor={`${id}-f`}>
          {t('clause.flavor')}
          <input id={`${id}-f`} className={`${inputClass} w-28 font-mono`} value={flavor} placeholder="knots" onChange={(e) => setFlavor(e.target.value.toLowerCase())} spellCheck={false} />
        </label>
        {/* an <output> may be named (a bare <code> may not: axe aria-prohibited-attr) */}
        <output className="pb-2 font-mono text-xs text-slate-600 dark:text-slate-400" aria-label={t('clause.preview')}>
          {ready ? clause : ''}
        </output>
      </div>
      <div className="flex flex-wrap gap-2">
        <Button disabled={!ready} onClick={() => join('and')}>
          {value.trim() ? t('clause.addAnd') : t('clause.useIt')}
        </Button>
        <Button disabled={!ready || !value.trim()} onClick={() => join('or')}>
          {t('clause.addOr')}
        </Button>
        <Button tone="ghost" disabled={!flavor.trim()} onClick={() => onChange(appendClause(value, flavorAtom(flavor), 'or'))}>
          {t('clause.anyOfFlavor')}
        </Button>
        <Button tone="ghost" onClick={() => onChange('*')}>
          {t('clause.every')}
        </Button>
      </div>
    </fieldset>
  );
}
