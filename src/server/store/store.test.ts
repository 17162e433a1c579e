import { describe, expect, it } from 'vitest';
import type { RegistryDatabase } from '../../core/rpc/types.ts';
import { memoryStorage, type DocumentStorage } from '../ports.ts';
import { Store } from './store.ts';

/** Memory storage whose next `failures` saves reject and whose saves can be held open. */
function faultyStorage() {
  const inner = memoryStorage();
  const events: string[] = [];
  const state = { failures: 0, hold: null as Promise<void> | null };
  const storage: DocumentStorage = {
    load: () => inner.load(),
    async save(text) {
      events.push(`save ${(JSON.parse(text) as { db: RegistryDatabase }).db.index.name}`);
      if (state.hold) await state.hold;
      if (state.failures > 0) {
        state.failures -= 1;
        throw new Error('EIO: write failed at /secret/path/registry.json');
      }
      await inner.save(text);
    },
  };
  const saved = () => (inner.text === null ? null : (JSON.parse(inner.text) as { revision: number; db: RegistryDatabase }));
  return { storage, state, events, saved };
}

const setName = (name: string) => (db: RegistryDatabase) => {
  db.index.name = name;
};

describe('Store.mutate', () => {
  it('regression: a failed save leaves the database unchanged and is not persisted by the next call', async () => {
    const f = faultyStorage();
    const store = await Store.open(f.storage);
    await store.mutate(setName('first'));
    f.state.failures = 1;
    await expect(store.mutate(setName('lost'))).rejects.toThrow('EIO');
    expect(store.db.index.name).toBe('first');
    expect(store.revision).toBe(1);
    await store.mutate((db) => {
      db.index.icon = 'data:image/png;base64,';
    });
    expect(store.db.index.name).toBe('first');
    expect(f.saved()).toMatchObject({ revision: 2, db: { index: { name: 'first', icon: 'data:image/png;base64,' } } });
  });

  it('serializes mutations: the next change runs only after the previous save is durable', async () => {
    const f = faultyStorage();
    const store = await Store.open(f.storage);
    let release!: () => void;
    f.state.hold = new Promise<void>((r) => (release = r));
    const bump = (db: RegistryDatabase) => {
      f.events.push(`change from ${db.index.name ?? 'none'}`);
      db.index.name = String(Number(db.index.name ?? 0) + 1);
    };
    const first = store.mutate(bump);
    const second = store.mutate(bump);
    await new Promise((r) => setTimeout(r, 10));
    expect(f.events).toEqual(['change from none', 'save 1']);
    expect(store.db.index.name).toBeNull();
    f.state.hold = null;
    release();
    await Promise.all([first, second]);
    expect(f.events).toEqual(['change from none', 'save 1', 'change from 1', 'save 2']);
    expect(f.saved()).toMatchObject({ revision: 2, db: { index: { name: '2' } } });
  });

  it('a mutation queued behind a failing one builds on the last durable state', async () => {
    const f = faultyStorage();
    const store = await Store.open(f.storage);
    f.state.failures = 1;
    const bump = (db: RegistryDatabase) => {
      db.index.name = String(Number(db.index.name ?? 0) + 1);
    };
    const results = await Promise.allSettled([store.mutate(bump), store.mutate(bump)]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'fulfilled']);
    expect(store.db.index.name).toBe('1');
    expect(f.saved()).toMatchObject({ revision: 1, db: { index: { name: '1' } } });
  });

  it('a throwing change or an unchanged result writes nothing', async () => {
    const f = faultyStorage();
    const store = await Store.open(f.storage);
    await expect(
      store.mutate(() => {
        throw new Error('no');
      }),
    ).rejects.toThrow('no');
    expect(await store.mutate(setName('x'), () => false)).toBeUndefined();
    expect(f.events).toEqual([]);
    expect(store.db.index.name).toBeNull();
  });
});
