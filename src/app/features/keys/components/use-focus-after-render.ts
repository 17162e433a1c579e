/**
 * @module
 * Moves focus to an element by id once React has rendered the change that reveals it (the
 * Lock button after unlocking, the first invalid field after a failed submit).
 */
import { useCallback, useEffect, useReducer, useRef } from 'react';

export function useFocusAfterRender(): (id: string) => void {
  const next = useRef<string | null>(null);
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    const id = next.current;
    if (!id) return;
    next.current = null;
    document.getElementById(id)?.focus();
  });
  return useCallback((id: string) => {
    next.current = id;
    rerender();
  }, []);
}
