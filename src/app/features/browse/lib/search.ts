/**
 * @module
 * Search of package summaries, ranked in tiers (issue 12): an exact id or exact title first,
 * then ids or titles that start with the query, then packages whose title or short description
 * holds every word of the query, then fuzzy matches (fuse.js over id, title and description);
 * ties by title. Everything is compared folded (case and accents ignored, `normalize.ts`).
 * The folded strings are computed once per summary list; the fuzzy index on the first query.
 */
import MiniSearch from 'minisearch';
import type { PackageSummary } from './summaries.ts';
import { byName, sortSummaries, type SortKey } from './browse-query.ts';
import { foldText, wordsOf } from './normalize.ts';

/** How a package matched, best first. */
export type MatchTier = 'exact' | 'prefix' | 'word' | 'fuzzy';

const TIER_RANK: Record<MatchTier, number> = { exact: 0, prefix: 1, word: 2, fuzzy: 3 };

export interface Match {
  summary: PackageSummary;
  tier: MatchTier;
  /** The query is this package's id (folded). */
  exactId: boolean;
}

/** Ranked matches of a query; an empty query matches every package, in input order. */
export type PackageSearch = (query: string) => Match[];

interface Entry {
  summary: PackageSummary;
  id: string;
  title: string;
  description: string;
  /** Words of the title and the short description. */
  words: Set<string>;
}

function entryOf(summary: PackageSummary): Entry {
  const title = foldText(summary.title);
  const description = foldText(summary.description);
  return {
    summary,
    id: foldText(summary.id),
    title,
    description,
    words: new Set([...wordsOf(title), ...wordsOf(description)]),
  };
}

function tierOf(e: Entry, q: string, qWords: readonly string[]): MatchTier | null {
  if (e.id === q || e.title === q) return 'exact';
  if (e.id.startsWith(q) || e.title.startsWith(q)) return 'prefix';
  if (qWords.length > 0 && qWords.every((w) => e.words.has(w))) return 'word';
  return null;
}

/**
 * The fuzzy tier's index over the folded fields. Entries are numbered by position; words are
 * split as `wordsOf` splits them, so both tiers agree on what a word is.
 */
function fuzzyIndex(entries: readonly Entry[]): MiniSearch<Entry & { n: number }> {
  const index = new MiniSearch<Entry & { n: number }>({
    idField: 'n',
    fields: ['id', 'title', 'description'],
    tokenize: wordsOf,
    processTerm: (term) => term,
  });
  index.addAll(entries.map((e, n) => ({ ...e, n })));
  return index;
}

/** One typo per 4 characters of a query word (`bitcon`, `mash`), prefixes, all words needed. */
const FUZZY = {
  fuzzy: 0.25,
  prefix: true,
  combineWith: 'AND',
  boost: { title: 3, id: 2 },
} as const;

/** Builds a tiered searcher over `summaries`. */
export function createPackageSearch(summaries: readonly PackageSummary[]): PackageSearch {
  let entries: Entry[] | null = null;
  let fuzzy: MiniSearch<Entry & { n: number }> | null = null;
  return (query) => {
    const q = foldText(query);
    if (!q) return summaries.map((summary) => ({ summary, tier: 'exact', exactId: false }));
    entries ??= summaries.map(entryOf);
    fuzzy ??= fuzzyIndex(entries);
    const qWords = wordsOf(q);
    const ranked: (Match & { score: number })[] = [];
    const placed = new Set<number>();
    entries.forEach((e, i) => {
      const tier = tierOf(e, q, qWords);
      if (tier === null) return;
      placed.add(i);
      ranked.push({ summary: e.summary, tier, exactId: e.id === q, score: 0 });
    });
    for (const r of fuzzy.search(q, FUZZY)) {
      const n = Number(r.id);
      if (placed.has(n)) continue;
      // MiniSearch scores grow with relevance; the sort below wants smaller first.
      ranked.push({ summary: entries[n]!.summary, tier: 'fuzzy', exactId: false, score: -r.score });
    }
    return ranked
      .sort(
        (a, b) =>
          TIER_RANK[a.tier] - TIER_RANK[b.tier] ||
          a.score - b.score ||
          byName(a.summary, b.summary),
      )
      .map(({ summary, tier, exactId }) => ({ summary, tier, exactId }));
  };
}

export interface BrowseResults {
  items: PackageSummary[];
  /** The id of the package the query names exactly, if it is among `items`. */
  exactId: string | null;
}

/** Search, then category filter, then `sort` (`relevance` keeps the search's ranking). */
export function browsePackages(
  search: PackageSearch,
  b: { q: string; cat: string | null; sort: SortKey },
): BrowseResults {
  const found = search(b.q).filter((m) => b.cat === null || m.summary.categories.includes(b.cat));
  const exactId = found.find((m) => m.exactId)?.summary.id ?? null;
  const items = found.map((m) => m.summary);
  return { items: sortSummaries(items, b.sort), exactId };
}
