/**
 * @module
 * Markdown or HTML supplied by a registry (release notes, long descriptions), sanitized and
 * contained by `sanitized-content.tsx`. That module, with Marked and DOMPurify, is downloaded
 * when the first such content is shown (issue 12 item 1); a loading status shows meanwhile,
 * and a failed download reaches the route's error boundary (which offers a reload).
 */
import { Suspense } from 'react';
import { lazyComponent } from '../lib/lazy-component.tsx';
import type { RegistryContentProps } from './sanitized-content.tsx';
import { Spinner } from './ui.tsx';

const SanitizedContent = lazyComponent(() => import('./sanitized-content.tsx').then((m) => m.SanitizedContent));

export function RegistryContent(props: RegistryContentProps) {
  return (
    <Suspense fallback={<Spinner />}>
      <SanitizedContent {...props} />
    </Suspense>
  );
}
