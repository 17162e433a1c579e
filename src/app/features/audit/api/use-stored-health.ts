/**
 * @module
 * The mirror health this browser last stored for a registry (lib/health-store.ts), read once
 * per visit and again on `reload`; the overview only reads it, the mirror health page writes it.
 */
import { useCallback, useEffect, useState } from 'react';
import { loadHealth, type StoredHealth } from '../../../lib/health-store.ts';

export function useStoredHealth(registryUrl: string): { health: StoredHealth | null; reload: () => void } {
  const [health, setHealth] = useState<StoredHealth | null>(null);
  const [round, setRound] = useState(0);
  useEffect(() => {
    let live = true;
    void loadHealth(registryUrl).then((h) => live && setHealth(h));
    return () => {
      live = false;
    };
  }, [registryUrl, round]);
  return { health, reload: useCallback(() => setRound((r) => r + 1), []) };
}
