/**
 * @module
 * Demo mode only: import the throwaway demo admin key from the demo configuration and unlock
 * it, in one click. It is stored like any other key (encrypted), under the demo passphrase the
 * demo screens show; a second click in a later session finds it and unlocks it again.
 */
import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Button } from '../../../components/ui.tsx';
import { ErrorView } from '../../../components/error-view.tsx';
import { toast } from '../../../components/live-region.tsx';
import { DEMO_PASSPHRASE, type DemoConfig } from '../../../lib/demo.ts';
import { useUnlockedKey } from '../../../lib/vault-session.ts';
import { importKeyPem, unlockKey } from '../../../lib/vault/vault-actions.ts';
import { listRecords } from '../../../lib/vault/vault-store.ts';
import { translate, useT } from '../../../i18n/i18n.ts';
import { encodePublicKeyPem, parsePrivateKeyPem, publicKeyFromSeed } from '../../../../core/sign/keys.ts';

const DEMO_KEY_NAME = 'Demo admin (throwaway)';

async function importDemoKey(pem: string): Promise<void> {
  const seed = parsePrivateKeyPem(pem);
  const publicKeyPem = encodePublicKeyPem(publicKeyFromSeed(seed));
  seed.fill(0);
  const record = (await listRecords()).find((r) => r.publicKeyPem === publicKeyPem) ?? (await importKeyPem(DEMO_KEY_NAME, pem, DEMO_PASSPHRASE));
  if (record.name !== DEMO_KEY_NAME) {
    throw new Error(translate('demo.keyStoredAs', { name: record.name }));
  }
  await unlockKey({ id: record.id, passphrase: DEMO_PASSPHRASE });
}

export function DemoKeyButton({ demo }: { demo: DemoConfig }) {
  const qc = useQueryClient();
  const key = useUnlockedKey();
  const t = useT();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function run() {
    setBusy(true);
    setError(null);
    try {
      await importDemoKey(demo.adminKeyPem);
      await qc.invalidateQueries({ queryKey: ['vault'] });
      toast('success', translate('demo.keyImported'));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <Button tone="primary" onClick={run} disabled={busy || key !== null}>
        {key ? t('demo.keyUnlocked', { name: key.name }) : busy ? t('demo.importing') : t('demo.importKey')}
      </Button>
      {error !== null && (
        <div className="mt-2 basis-full">
          <ErrorView error={error} />
        </div>
      )}
    </>
  );
}
