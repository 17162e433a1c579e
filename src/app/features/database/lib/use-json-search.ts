/**
 * @module
 * Runs a search of the database (core/json/search.ts) in slices of a few milliseconds between
 * frames, so typing and scrolling stay smooth while a large database is searched; a new query
 * or leaving the page drops the old search.
 */
import { useEffect, useState } from 'react';
import { searchJson, type SearchMatch } from '../../../../core/json/search.ts';

/** Milliseconds of searching per slice; well under the 50 ms of a long task. */
const SLICE_MS = 8;
const CHECK_EVERY = 256;

export interface SearchState {
  query: string;
  matches: readonly SearchMatch[];
  visited: number;
  done: boolean;
  truncated: boolean;
}

export function useJsonSearch(root: unknown, query: string): SearchState | null {
  const [state, setState] = useState<SearchState | null>(null);
  useEffect(() => {
    if (query === '') return;
    const search = searchJson(root, query);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const slice = () => {
      const start = performance.now();
      let done = false;
      while (!done && performance.now() - start < SLICE_MS) done = search.step(CHECK_EVERY);
      setState({ query, matches: [...search.matches], visited: search.visited, done, truncated: search.truncated });
      if (!done) timer = setTimeout(slice, 0);
    };
    timer = setTimeout(slice, 0);
    return () => clearTimeout(timer);
  }, [root, query]);
  // A state of an earlier query is never shown for this one.
  return query !== '' && state?.query === query ? state : null;
}
