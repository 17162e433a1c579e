/**
 * @module
 * The upload bucket, shared by the publish page and the OS releases page: its settings form
 * until one is saved, then one line (bucket-line.tsx).
 */
import { useRef, useState } from 'react';
import { InlinePanel } from '../inline-panel.tsx';
import { Panel, focusRing } from '../ui.tsx';
import { useT } from '../../i18n/i18n.ts';
import { Trans } from '../../i18n/trans.tsx';
import type { BucketSession, StoredBucket } from '../../lib/publishing/bucket-settings.ts';
import { SettingsForm } from './bucket-forms.tsx';
import { BucketLine } from './bucket-line.tsx';
import { DemoBucketSlot } from './demo-bucket-slot.tsx';

/**
 * The upload bucket. Until one is saved: its settings form (on the publish page open in a panel
 * of its own; `inline`, as on the OS releases page, behind a "Set up" button). Once saved it
 * folds into one line (BucketLine), which takes the focus from the form that saved it.
 */
export function BucketPanel({
  stored,
  session,
  inline = false,
  demoOffer = true,
}: {
  stored: StoredBucket | null;
  session: BucketSession | null;
  inline?: boolean;
  /** Whether demo mode's "Use the demo bucket" shows here (a page with many panels shows it once instead). */
  demoOffer?: boolean;
}) {
  const t = useT();
  const root = useRef<HTMLDivElement>(null);
  const [saved, setSaved] = useState(false);
  const forgotten = () => {
    setSaved(false);
    root.current?.focus();
  };
  const setup = (onDone: () => void) => (
    <>
      <p className="mb-3 text-sm text-slate-600 dark:text-slate-400">
        <Trans k="publish.bucket.about" values={{ command: 'start-cli s9pk publish' }} />
      </p>
      <SettingsForm initial={null} onDone={onDone} />
    </>
  );
  const body = (
    <div ref={root} tabIndex={-1} role="group" aria-label={t('publish.bucket.title')} className={`rounded ${focusRing}`}>
      {demoOffer && <DemoBucketSlot stored={stored} session={session} />}
      {stored ? (
        <BucketLine stored={stored} session={session} takeFocus={saved} onForgotten={forgotten} />
      ) : inline ? (
        <InlinePanel label={t('publish.bucket.setUp')} title={t('publish.bucket.title')}>
          {() => setup(() => setSaved(true))}
        </InlinePanel>
      ) : (
        setup(() => setSaved(true))
      )}
    </div>
  );
  return inline ? body : <Panel title={t('publish.bucket.title')}>{body}</Panel>;
}
