/**
 * @module
 * The search box's text, held in component state and written through to the URL (`?q=`).
 * A URL update is a router navigation that lands a little later; a box bound to the URL alone
 * would snap back to the older value in between and lose keys typed meanwhile. Our own writes
 * come back as echoes and are skipped; any other change of `?q=` (back button, "clear
 * filters", a pasted link) replaces the text.
 */
import { useState } from 'react';

export function useSearchText(urlText: string, write: (text: string) => void) {
  const [text, setTextState] = useState(urlText);
  const [seen, setSeen] = useState(urlText);
  const [pending, setPending] = useState<readonly string[]>([]);
  if (urlText !== seen) {
    // Adjusting state while rendering (react.dev "you might not need an effect").
    setSeen(urlText);
    const echo = pending.indexOf(urlText);
    if (echo >= 0) setPending(pending.slice(echo + 1));
    else {
      setPending([]);
      setTextState(urlText);
    }
  }
  const setText = (next: string) => {
    setTextState(next);
    setPending((p) => [...p, next]);
    write(next);
  };
  return [text, setText] as const;
}
