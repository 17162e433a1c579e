/**
 * @module
 * Where "Use the demo bucket" appears (demo-bucket-offer.tsx): only in the development server's
 * demo mode, loaded on demand.
 */
import { Suspense } from 'react';
import { DEMO_ALLOWED } from '../../lib/demo.ts';
import { lazyComponent } from '../../lib/lazy-component.tsx';
import type { BucketSession, StoredBucket } from '../../lib/publishing/bucket-settings.ts';

// Behind `import.meta.env.DEV` itself (a literal at build time): builds drop the import, so no
// demo bucket code or demo passphrase ships.
const DemoBucketOffer = import.meta.env.DEV ? lazyComponent(() => import('./demo-bucket-offer.tsx').then((m) => m.DemoBucketOffer)) : null;

export function DemoBucketSlot({ stored, session }: { stored: StoredBucket | null; session: BucketSession | null }) {
  if (!DEMO_ALLOWED || !DemoBucketOffer) return null;
  return (
    <Suspense fallback={null}>
      <DemoBucketOffer stored={stored} session={session} />
    </Suspense>
  );
}
