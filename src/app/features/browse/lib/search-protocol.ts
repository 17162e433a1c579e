/**
 * @module
 * Messages between the browse page and its search worker (`search.worker.ts`), and the
 * handler both the worker and the in-process fallback run: `index` replaces the searched
 * documents, `search` answers with ranked matches, tagged with the request's `seq`.
 */
import { createPackageSearch, type Match, type PackageSearch, type SearchDoc } from './search.ts';

export type SearchRequest =
  { type: 'index'; docs: SearchDoc[] } | { type: 'search'; seq: number; q: string };

export interface SearchResponse {
  seq: number;
  matches: Match[];
}

/** Handles requests in order; a search before any index matches nothing. */
export function createSearchHandler(reply: (res: SearchResponse) => void) {
  let search: PackageSearch = () => [];
  return (req: SearchRequest) => {
    if (req.type === 'index') search = createPackageSearch(req.docs);
    else reply({ seq: req.seq, matches: search(req.q) });
  };
}
