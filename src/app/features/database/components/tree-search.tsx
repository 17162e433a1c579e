/**
 * @module
 * Searching the database's keys and values: the matches as a list of pointers to go to.
 */
import { useId, useState } from 'react';
import { boundedList } from '../../../lib/bounded-list.ts';
import { Button, TextField } from '../../../components/ui.tsx';
import { useT } from '../../../i18n/i18n.ts';
import { useJsonSearch } from '../lib/use-json-search.ts';

const SHOWN = 100;

export function TreeSearch({ root, onGo }: { root: unknown; onGo: (pointer: string) => boolean }) {
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  const id = useId();
  const t = useT();
  const search = useJsonSearch(root, query);
  const { shown, more } = boundedList(search?.matches ?? [], SHOWN);
  return (
    <div className="flex flex-col gap-2">
      <form
        role="search"
        className="flex flex-wrap items-end gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          setQuery(text.trim());
        }}
      >
        <div className="min-w-0 flex-1">
          <TextField id={id} type="search" label={t('db.search')} value={text} onChange={(e) => setText(e.target.value)} className="w-full" />
        </div>
        <Button type="submit">{t('db.searchButton')}</Button>
      </form>
      {search && (
        <p role="status" className="text-xs text-slate-600 dark:text-slate-400">
          {search.done ? t('db.searchDone', { count: search.matches.length, visited: search.visited }) : t('db.searching', { count: search.matches.length, visited: search.visited })}
          {search.truncated && ` ${t('db.searchTruncated', { count: search.matches.length })}`}
        </p>
      )}
      {shown.length > 0 && (
        <ul aria-label={t('db.matches')} className="flex max-h-64 flex-col overflow-auto text-xs">
          {shown.map((m) => (
            <li key={m.pointer}>
              <Button tone="ghost" className="!justify-start !px-1 !py-0.5 text-left font-mono text-xs" onClick={() => onGo(m.pointer)}>
                <span className="break-all">{m.pointer}</span>
                <span className="font-sans text-slate-600 dark:text-slate-400">{m.in === 'key' ? t('db.inKey') : t('db.inValue')}</span>
              </Button>
            </li>
          ))}
          {more > 0 && <li className="px-1 text-slate-600 dark:text-slate-400">{t('db.moreMatches', { count: more })}</li>}
        </ul>
      )}
    </div>
  );
}
