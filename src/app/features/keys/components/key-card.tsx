/**
 * @module
 * One stored key: name, lock state, public key and fingerprint, and its actions (unlock or
 * lock, export, delete). Each action opens a small form inside the card; closing it returns
 * focus to the button that opened it, and unlocking moves focus to the new Lock button.
 */
import { useEffect, useMemo, useState } from 'react';
import { Badge, Button } from '../../../components/ui.tsx';
import { announce } from '../../../components/live-region.tsx';
import { lockSession, useUnlockedKey } from '../../../lib/vault-session.ts';
import { recordFingerprint, type VaultRecord } from '../../../lib/vault/vault-record.ts';
import { DeleteKeyForm } from './delete-key-form.tsx';
import { ExportKeyPrompt } from './export-key-prompt.tsx';
import { PublicKeyView } from './public-key-view.tsx';
import { UnlockKeyPrompt } from './unlock-key-prompt.tsx';
import { useFocusAfterRender } from './use-focus-after-render.ts';
import { useT, type MessageKey } from '../../../i18n/i18n.ts';
import { formatDate } from '../../../lib/format-date.ts';

type Mode = 'unlock' | 'export' | 'delete';
const ACTION = { unlock: 'keys.unlock', export: 'keys.export', delete: 'keys.delete' } as const satisfies Record<Mode, MessageKey>;
const ACTION_NAMED = { unlock: 'keys.unlockNamed', export: 'keys.exportNamed', delete: 'keys.deleteNamed' } as const satisfies Record<Mode, MessageKey>;

export interface KeyCardProps {
  record: VaultRecord;
  /** Focus the card's heading when it first appears (after create or import). */
  focusOnMount: boolean;
  onDeleted: () => void;
}

export function KeyCard({ record, focusOnMount, onDeleted }: KeyCardProps) {
  const base = `key-${record.id}`;
  const { name } = record;
  const isUnlocked = useUnlockedKey()?.id === record.id;
  const [mode, setMode] = useState<Mode | null>(null);
  const focusAfter = useFocusAfterRender();
  const fingerprint = useMemo(() => recordFingerprint(record), [record]);
  const t = useT();

  useEffect(() => {
    if (focusOnMount) document.getElementById(`${base}-title`)?.focus();
  }, [focusOnMount, base]);

  const close = (focusId: string) => {
    setMode(null);
    focusAfter(focusId);
  };
  const toggle = (m: Mode) => (mode === m ? close(`${base}-${m}`) : setMode(m));
  const lock = () => {
    lockSession();
    announce(t('keys.lockedAnnounce', { name }));
    focusAfter(`${base}-unlock`);
  };
  const action = (m: Mode, tone: 'primary' | 'secondary' | 'ghost') => (
    <Button id={`${base}-${m}`} tone={tone} aria-label={t(ACTION_NAMED[m], { name })} aria-expanded={mode === m} onClick={() => toggle(m)}>
      {t(ACTION[m])}
    </Button>
  );

  return (
    <article aria-labelledby={`${base}-title`} className="flex min-w-0 flex-col gap-3 rounded-md border border-slate-200 p-3 dark:border-slate-700">
      <header className="flex flex-wrap items-center gap-2">
        <h3 id={`${base}-title`} tabIndex={-1} className="break-all text-base font-semibold">
          {name}
        </h3>
        {isUnlocked ? <Badge tone="green">{t('keys.unlocked')}</Badge> : <Badge>{t('keys.locked')}</Badge>}
        <span className="text-xs text-slate-600 dark:text-slate-400">{t('keys.added', { date: formatDate(record.createdAt) })}</span>
      </header>
      <PublicKeyView id={base} publicKeyPem={record.publicKeyPem} fingerprint={fingerprint} />
      <div className="flex flex-wrap gap-2">
        {isUnlocked ? (
          <Button id={`${base}-lock`} aria-label={t('keys.lockNamed', { name })} onClick={lock}>
            {t('keys.lock')}
          </Button>
        ) : (
          action('unlock', 'primary')
        )}
        {action('export', 'secondary')}
        {action('delete', 'ghost')}
      </div>
      {mode === 'unlock' && (
        <UnlockKeyPrompt id={`${base}-unlock`} record={record} onClose={(ok) => close(ok ? `${base}-lock` : `${base}-unlock`)} />
      )}
      {mode === 'export' && <ExportKeyPrompt id={`${base}-export`} record={record} onClose={() => close(`${base}-export`)} />}
      {mode === 'delete' && (
        <DeleteKeyForm id={base} record={record} unlocked={isUnlocked} onCancel={() => close(`${base}-delete`)} onDeleted={onDeleted} />
      )}
    </article>
  );
}
