/**
 * @module
 * The variants of mirror health, those needing attention first-class: a filter (needing
 * attention / all), a package id filter, and a bounded list that grows on request, so a
 * registry with thousands of variants renders a page at a time.
 */
import { useId, useMemo, useState } from 'react';
import { needsAttention, type MirrorResults, type MirrorVariant } from '../../../../core/registry/mirror-health.ts';
import type { PackageIndex } from '../../../../core/rpc/types.ts';
import { Button, EmptyNote, SelectField, TextField } from '../../../components/ui.tsx';
import { useT } from '../../../i18n/i18n.ts';
import { VariantHealth } from './variant-health.tsx';

const PAGE = 50;

export interface HealthListProps {
  registryUrl: string;
  index: PackageIndex;
  variants: readonly MirrorVariant[];
  results: MirrorResults;
  now: number;
  checking: ReadonlySet<string>;
  onCheck: (v: MirrorVariant, url: string) => void;
  mayEdit: (v: MirrorVariant) => boolean;
}

export function HealthList({ registryUrl, index, variants, results, now, checking, onCheck, mayEdit }: HealthListProps) {
  const [filter, setFilter] = useState<'attention' | 'all'>('attention');
  const [query, setQuery] = useState('');
  const [limit, setLimit] = useState(PAGE);
  const id = useId();
  const t = useT();
  const shown = useMemo(() => {
    const q = query.trim().toLowerCase();
    return variants.filter((v) => (q === '' || v.id.toLowerCase().includes(q)) && (filter === 'all' || needsAttention(v, results)));
  }, [variants, results, filter, query]);
  return (
    <section aria-labelledby={`${id}-h`} className="flex flex-col gap-3">
      <h2 id={`${id}-h`} className="text-lg font-semibold">
        {t('health.variants')}
      </h2>
      <div className="flex flex-wrap items-end gap-3">
        <SelectField id={`${id}-filter`} label={t('health.show')} value={filter} onChange={(e) => setFilter(e.target.value === 'all' ? 'all' : 'attention')}>
          <option value="attention">{t('health.showAttention')}</option>
          <option value="all">{t('health.showAll')}</option>
        </SelectField>
        <TextField id={`${id}-q`} label={t('health.filterPackage')} value={query} onChange={(e) => setQuery(e.target.value)} type="search" />
      </div>
      <p className="text-sm text-slate-600 dark:text-slate-400" role="status">
        {t('health.shown', { shown: Math.min(limit, shown.length), total: shown.length })}
      </p>
      {shown.length === 0 ? (
        <EmptyNote>{filter === 'attention' ? t('health.nothingNeedsAttention') : t('health.noVariants')}</EmptyNote>
      ) : (
        <ul className="flex flex-col gap-3">
          {shown.slice(0, limit).map((v) => (
            <VariantHealth
              key={`${v.id} ${v.version} ${v.index}`}
              registryUrl={registryUrl}
              index={index}
              variant={v}
              results={results}
              now={now}
              checking={checking}
              onCheck={(url) => onCheck(v, url)}
              mayEdit={mayEdit(v)}
            />
          ))}
        </ul>
      )}
      {shown.length > limit && (
        <div>
          <Button onClick={() => setLimit((l) => l + PAGE)}>{t('health.showMore', { count: Math.min(PAGE, shown.length - limit) })}</Button>
        </div>
      )}
    </section>
  );
}
