/**
 * @module
 * The readiness checklist's "signatures required per image", remembered per registry in this
 * browser (localStorage; a browser without storage just forgets it).
 */
import { useState } from 'react';

const storageKey = (registry: string) => `registry-console:os-min-signers:${registry}`;

function read(registry: string): number {
  try {
    const n = Number(localStorage.getItem(storageKey(registry)));
    return Number.isSafeInteger(n) && n >= 1 ? n : 1;
  } catch {
    return 1;
  }
}

/** The remembered N (default 1) and a setter that remembers a new one. */
export function useMinSigners(registry: string): [number, (n: number) => void] {
  const [n, setN] = useState(() => read(registry));
  const set = (next: number) => {
    const value = Number.isSafeInteger(next) && next >= 1 ? next : 1;
    setN(value);
    try {
      localStorage.setItem(storageKey(registry), String(value));
    } catch {
      // storage unavailable: remembered for this page only
    }
  };
  return [n, set];
}
