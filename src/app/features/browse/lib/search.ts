/**
 * @module
 * Search of package summaries, ranked in tiers (issue 12): an exact id or exact title first,
 * then ids or titles that start with the query, then packages whose title or short description
 * holds every word of the query, then fuzzy matches (fuse.js over id, title and description);
 * ties by title. Everything is compared folded (case and accents ignored, `normalize.ts`).
 * The folded strings and the fuzzy index are built once per document list. The browse page
 * runs this in a Web Worker (`search.worker.ts`), so neither indexing nor queries hold up the
 * main thread; `browsePackages` (browse-results.ts) then maps the matches back to summaries.
 */
import MiniSearch from 'minisearch';
import { byName } from './browse-query.ts';
import { foldText, wordsOf } from './normalize.ts';

/** How a package matched, best first. */
export type MatchTier = 'exact' | 'prefix' | 'word' | 'fuzzy';

const TIER_RANK: Record<MatchTier, number> = { exact: 0, prefix: 1, word: 2, fuzzy: 3 };

/** What search reads of a package (a `PackageSummary` is one). */
export interface SearchDoc {
  id: string;
  title: string;
  description: string;
}

export interface Match {
  /** Index of the package in the searched list. */
  position: number;
  tier: MatchTier;
  /** The query is this package's id (folded). */
  exactId: boolean;
}

/** Ranked matches of a query; an empty query matches every package, in input order. */
export type PackageSearch = (query: string) => Match[];

interface Entry {
  doc: SearchDoc;
  id: string;
  title: string;
  description: string;
  /** Words of the title and the short description. */
  words: Set<string>;
}

function entryOf(doc: SearchDoc): Entry {
  const title = foldText(doc.title);
  const description = foldText(doc.description);
  return {
    doc,
    id: foldText(doc.id),
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

/** Builds a tiered searcher over `docs` (indexing them now). */
export function createPackageSearch(docs: readonly SearchDoc[]): PackageSearch {
  const entries = docs.map(entryOf);
  const fuzzy = fuzzyIndex(entries);
  return (query) => {
    const q = foldText(query);
    if (!q) return docs.map((_, position) => ({ position, tier: 'exact', exactId: false }));
    const qWords = wordsOf(q);
    const ranked: (Match & { score: number })[] = [];
    const placed = new Set<number>();
    entries.forEach((e, i) => {
      const tier = tierOf(e, q, qWords);
      if (tier === null) return;
      placed.add(i);
      ranked.push({ position: i, tier, exactId: e.id === q, score: 0 });
    });
    for (const r of fuzzy.search(q, FUZZY)) {
      const n = Number(r.id);
      if (placed.has(n)) continue;
      // MiniSearch scores grow with relevance; the sort below wants smaller first.
      ranked.push({ position: n, tier: 'fuzzy', exactId: false, score: -r.score });
    }
    return ranked
      .sort(
        (a, b) =>
          TIER_RANK[a.tier] - TIER_RANK[b.tier] ||
          a.score - b.score ||
          byName(docs[a.position]!, docs[b.position]!),
      )
      .map(({ position, tier, exactId }) => ({ position, tier, exactId }));
  };
}
