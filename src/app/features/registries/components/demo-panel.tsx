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
import { translate, useT } from '../../../i18n/i18n.ts';
import { Trans } from '../../../i18n/trans.tsx';

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
  const t = useT();
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
        throw new Error(translate('demo.keyStoredAs', { name: record.name }));
      }
      await unlockKey({ id: record.id, passphrase: DEMO_PASSPHRASE });
      await qc.invalidateQueries({ queryKey: ['vault'] });
      toast('success', translate('demo.keyImported'));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Panel title={t('demo.title')} className="border-amber-300 dark:border-amber-700">
      <p className="text-sm text-slate-700 dark:text-slate-300">
        <Trans
          k="demo.about"
          values={{ registry: demo.registryUrl, bucket: demo.bucketUrl ?? 'none', files: demo.filesDir ?? 'none', passphrase: DEMO_PASSPHRASE }}
        />
      </p>
      <div className="mt-3 flex flex-wrap gap-2">
        {hasRegistry ? (
          <Button tone="primary" onClick={() => navigate(paths.registry.browse.getHref(demo.registryUrl))}>
            {t('demo.open')}
          </Button>
        ) : (
          <Button
            tone="primary"
            onClick={async () => {
              await upsert.mutateAsync({ url: demo.registryUrl, label: 'Demo Registry', context: null });
              navigate(paths.registry.browse.getHref(demo.registryUrl));
            }}
          >
            {t('demo.add')}
          </Button>
        )}
        <Button onClick={importDemoKey} disabled={busy || key !== null}>
          {key ? t('demo.keyUnlocked', { name: key.name }) : busy ? t('demo.importing') : t('demo.importKey')}
        </Button>
      </div>
      {error !== null && <div className="mt-3"><ErrorView error={error} /></div>}
    </Panel>
  );
}
