/**
 * @module
 * A line opened from a shared link: offers to save the registries this browser does not know
 * (nothing is signed for a registry until it is saved) and to keep the line as its own.
 */
import { Button, Panel } from '../../../components/ui.tsx';
import { announce } from '../../../components/live-region.tsx';
import { useSaveLine, type Channel } from '../../../lib/channel-line.ts';
import { upsertRegistry, useSavedRegistries, savedRegistryKeys } from '../../../lib/registries.ts';
import { useQueryClient } from '@tanstack/react-query';
import { useT } from '../../../i18n/i18n.ts';

export function SharedLine({ line, isOwn }: { line: Channel[]; isOwn: boolean }) {
  const t = useT();
  const qc = useQueryClient();
  const saved = useSavedRegistries().data;
  const saveLine = useSaveLine();
  const unknown = saved ? line.filter((c) => !saved.some((r) => r.url === c.url)) : [];
  if (isOwn && unknown.length === 0) return null;
  return (
    <Panel title={t('channels.shared.title')}>
      <div className="flex flex-col gap-2 text-sm">
        {unknown.length > 0 && (
          <>
            <p>{t('channels.shared.unknown', { count: unknown.length })}</p>
            <ul className="list-disc ps-6 font-mono text-xs">
              {unknown.map((c) => (
                <li key={c.url}>{c.label}: {c.url}</li>
              ))}
            </ul>
            <Button
              className="self-start"
              onClick={async () => {
                for (const c of unknown) await upsertRegistry({ url: c.url, label: null, context: null });
                await qc.invalidateQueries({ queryKey: savedRegistryKeys.all });
                announce(t('channels.shared.saved', { count: unknown.length }));
              }}
            >
              {t('channels.shared.saveRegistries', { count: unknown.length })}
            </Button>
          </>
        )}
        {!isOwn && (
          <Button
            className="self-start"
            onClick={async () => {
              await saveLine.mutateAsync(line);
              announce(t('channels.lineSaved'));
            }}
          >
            {t('channels.shared.keep')}
          </Button>
        )}
      </div>
    </Panel>
  );
}
