/**
 * @module
 * The address's query string as state that answers at once. react-router renders every
 * navigation inside a React transition, so a control bound to `useSearchParams` (a checkbox, a
 * select, a date field) first snaps back to its old value when it is changed and shows the new
 * one only when the transition has rendered — on a busy machine a visible flicker, and a click
 * that seems not to take. What was just set is kept here until the address has moved; then the
 * address is the only owner again (back and forward keep working). `AddressParamsProvider`
 * (app.tsx) shares it between the component that sets and the ones that read; without it each
 * component keeps its own.
 */
import { createContext, useCallback, useContext, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { createSearchParams, useLocation, useSearchParams, type NavigateOptions, type URLSearchParamsInit } from 'react-router';

type Next = URLSearchParamsInit | ((prev: URLSearchParams) => URLSearchParamsInit);
export type SetAddressParams = (next: Next, options?: NavigateOptions) => void;

interface Pending {
  /** The address (path and query) when it was set: it holds until the address moves. */
  since: string;
  params: URLSearchParams;
}
interface PendingStore {
  pending: URLSearchParams | null;
  hold: (p: Pending) => void;
}

function usePendingStore(): PendingStore {
  const { pathname, search } = useLocation();
  const key = pathname + search;
  const [pending, setPending] = useState<Pending | null>(null);
  // the address moved on (the navigation rendered, or back/forward): it is the truth again
  if (pending !== null && pending.since !== key) setPending(null);
  const current = pending !== null && pending.since === key ? pending.params : null;
  return useMemo(() => ({ pending: current, hold: setPending }), [current]);
}

const Shared = createContext<PendingStore | null>(null);

export function AddressParamsProvider({ children }: { children: ReactNode }) {
  return <Shared.Provider value={usePendingStore()}>{children}</Shared.Provider>;
}

/** `useSearchParams` whose setter shows its result in the same render as the event. */
export function useAddressParams(): [URLSearchParams, SetAddressParams] {
  const [fromAddress, setAddress] = useSearchParams();
  const { pathname, search } = useLocation();
  const own = usePendingStore();
  const store = useContext(Shared) ?? own;
  const params = store.pending ?? fromAddress;
  const latest = useRef({ since: pathname + search, params, hold: store.hold });
  useLayoutEffect(() => {
    latest.current = { since: pathname + search, params, hold: store.hold };
  });

  const set = useCallback<SetAddressParams>(
    (next, options) => {
      const { since, params: prev, hold } = latest.current;
      const resolved = createSearchParams(typeof next === 'function' ? next(new URLSearchParams(prev)) : next);
      latest.current = { ...latest.current, params: resolved };
      hold({ since, params: resolved });
      setAddress(resolved, options);
    },
    [setAddress],
  );
  return [params, set];
}
