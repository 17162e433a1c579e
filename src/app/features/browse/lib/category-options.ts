/**
 * @module
 * The category filter's choices: localized names and package counts.
 */
import { localize } from '../../../../core/registry/localize.ts';
import type { Category } from '../../../../core/rpc/types.ts';
import { ownValue } from '../../../../core/registry/own-key.ts';
import type { PackageSummary } from './summaries.ts';
import { collatorFor } from './browse-query.ts';

export interface CategoryOption {
  id: string;
  /** Localized name. */
  name: string;
  /** Number of packages in it. */
  count: number;
}

/**
 * Filter choices: every defined category with its localized name and package count, sorted by
 * name. Ids that packages still carry after the category was deleted are listed by id, so a
 * link to them keeps working.
 */
export function categoryOptions(
  categories: Record<string, Category>,
  summaries: readonly PackageSummary[],
  language: string,
): CategoryOption[] {
  const counts = new Map<string, number>();
  for (const s of summaries) for (const c of s.categories) counts.set(c, (counts.get(c) ?? 0) + 1);
  const ids = new Set([...Object.keys(categories), ...counts.keys()]);
  const collator = collatorFor(language);
  return [...ids]
    .map((id) => {
      const cat = ownValue(categories, id);
      return {
        id,
        name: cat ? localize(cat.name, language) || id : id,
        count: counts.get(id) ?? 0,
      };
    })
    .sort((a, b) => collator.compare(a.name, b.name) || collator.compare(a.id, b.id));
}
