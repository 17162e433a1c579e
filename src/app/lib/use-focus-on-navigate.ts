/**
 * @module
 * Moves the keyboard focus to the new page's heading after a route change (issue 13 item 5),
 * so a keyboard or screen-reader user who followed a link lands on what changed instead of
 * staying in the navigation (or on the body, when the link went away). Focus that the new
 * page placed itself (an autofocused field, a prompt) inside the main landmark is left alone,
 * and so is a change of the query string only (tabs, filters, search).
 */
import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/** How long a page that is still downloading or loading may take to show its heading. */
const WAIT_MS = 10_000;

/** True when the focus is nowhere in particular, or in a header or navigation. */
function focusIsOutsidePage(main: HTMLElement): boolean {
  const active = document.activeElement;
  if (active === null || active === document.body) return true;
  return !main.contains(active) || active.closest('nav') !== null;
}

/** Focuses `main`'s first `h1` (made focusable by script only) once it is there. */
function focusHeading(main: HTMLElement): () => void {
  const tryFocus = () => {
    const h1 = main.querySelector<HTMLElement>('h1');
    if (!h1) return false;
    if (focusIsOutsidePage(main)) {
      if (!h1.hasAttribute('tabindex')) h1.tabIndex = -1;
      h1.focus({ preventScroll: false });
    }
    return true;
  };
  if (tryFocus()) return () => {};
  const observer = new MutationObserver(() => {
    if (tryFocus()) stop();
  });
  const timer = setTimeout(() => stop(), WAIT_MS);
  const stop = () => {
    observer.disconnect();
    clearTimeout(timer);
  };
  observer.observe(main, { childList: true, subtree: true });
  return stop;
}

/** Call once in the layout; `mainId` is the id of the main landmark. */
export function useFocusOnNavigate(mainId: string): void {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    // the first page of a visit keeps the browser's own start (the skip link comes first)
    if (first.current) {
      first.current = false;
      return;
    }
    const main = document.getElementById(mainId);
    return main ? focusHeading(main) : undefined;
  }, [pathname, mainId]);
}
