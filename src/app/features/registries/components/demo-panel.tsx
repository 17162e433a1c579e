/**
 * @module
 * Demo mode only (`npm start`): add the local demo registry and import its throwaway admin key
 * in one click. The demo key is stored like any other (encrypted, passphrase shown here).
 */
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Panel } from '../../../components/ui.tsx';
import { ErrorView } from '../../../components/error-view.tsx';
import { toast } from '../../../components/live-region.tsx';
import type { DemoConfig } from '../../../lib/demo.ts';
import { useSavedRegistries, useUpsertRegistry } from '../../../lib/registries.ts';
import { paths } from '../../../lib/paths.ts';
import { useUnlockedKey } from '../../../lib/vault-session.ts';
import { importKeyPem, unlockKey } from '../../../lib/vault/vault-actions.ts';
import { encodePublicKeyPem, parsePrivateKeyPem, publicKeyFromSeed } from '../../../../core/sign/keys.ts';
import { listRecords } from '../../../lib/vault/vault-store.ts';

export const DEMO_PASSPHRASE = 'demo-passphrase';
const DEMO_KEY_NAME = 'Demo admin (throwaway)';

export function DemoPanel({ demo }: { demo: DemoConfig }) {
  const saved = useSavedRegistries();
  const upsert = useUpsertRegistry();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const key = useUnlockedKey();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const hasRegistry = saved.data?.some((r) => r.url === demo.registryUrl) ?? false;

  async function importDemoKey() {
    setBusy(true);
    setError(null);
    try {
      const seed = parsePrivateKeyPem(demo.adminKeyPem);
      const publicKeyPem = encodePublicKeyPem(publicKeyFromSeed(seed));
      seed.fill(0);
      const record =
        (await listRecords()).find((r) => r.publicKeyPem === publicKeyPem) ??
        (await importKeyPem(DEMO_KEY_NAME, demo.adminKeyPem, DEMO_PASSPHRASE));
      if (record.name !== DEMO_KEY_NAME) {
        throw new Error(`the demo key is already stored as "${record.name}"; unlock it on the Keys page`);
      }
      await unlockKey({ id: record.id, passphrase: DEMO_PASSPHRASE });
      await qc.invalidateQueries({ queryKey: ['vault'] });
      toast('success', 'Demo admin key imported and unlocked.');
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Panel title="Demo mode" className="border-amber-300 dark:border-amber-700">
      <p className="text-sm text-slate-700 dark:text-slate-300">
        <code>npm start</code> runs a local stand-in registry with demo packages at <code>{demo.registryUrl}</code>
        {demo.bucketUrl && (
          <>
            , a local S3 bucket at <code>{demo.bucketUrl}</code>
          </>
        )}
        {demo.filesDir && (
          <>
            , and demo <code>.s9pk</code> files in <code>{demo.filesDir}</code>
          </>
        )}
        . Its admin key is a throwaway generated for this machine; it is stored encrypted with the passphrase{' '}
        <code>{DEMO_PASSPHRASE}</code>.
      </p>
      <div className="mt-3 flex flex-wrap gap-2">
        {hasRegistry ? (
          <Button tone="primary" onClick={() => navigate(paths.registry.browse.getHref(demo.registryUrl))}>
            Open the demo registry
          </Button>
        ) : (
          <Button
            tone="primary"
            onClick={async () => {
              await upsert.mutateAsync({ url: demo.registryUrl, label: 'Demo Registry', context: null });
              navigate(paths.registry.browse.getHref(demo.registryUrl));
            }}
          >
            Add the demo registry
          </Button>
        )}
        <Button onClick={importDemoKey} disabled={busy || key !== null}>
          {key ? `Key unlocked: ${key.name}` : busy ? 'Importing…' : 'Import demo admin key'}
        </Button>
      </div>
      {error !== null && <div className="mt-3"><ErrorView error={error} /></div>}
    </Panel>
  );
}
