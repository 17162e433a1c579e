/**
 * @module
 * The default key of each channel's registry: which stored key acts there (channels often have
 * different administrators). Saved with the registry; unsaved registries can be saved here.
 */
import { Button } from '../../../components/ui.tsx';
import { DefaultKeySelect } from '../../../components/default-key-select.tsx';
import type { Channel } from '../../../lib/channel-line.ts';
import { useSavedRegistries, useUpsertRegistry } from '../../../lib/registries.ts';
import { useT } from '../../../i18n/i18n.ts';
import { useActingKeyFor } from '../../../lib/acting-key-for.ts';
import { ActingKeyForNote } from '../../../components/acting-key-for-note.tsx';

function ChannelKey({ channel }: { channel: Channel }) {
  const t = useT();
  const saved = useSavedRegistries().data?.find((r) => r.url === channel.url) ?? null;
  const upsert = useUpsertRegistry();
  const acting = useActingKeyFor(channel.url);
  return (
    <li className="flex flex-col gap-2 rounded-md border border-slate-200 p-3 dark:border-slate-800">
      <h3 className="font-medium">
        {channel.label} <span className="font-mono text-xs text-slate-600 dark:text-slate-400">{channel.url}</span>
      </h3>
      {saved ? (
        <DefaultKeySelect saved={saved} label={channel.label} />
      ) : (
        <Button className="self-start" onClick={() => upsert.mutate({ url: channel.url, label: null, context: null })}>
          {t('channels.saveRegistry', { url: channel.url })}
        </Button>
      )}
      <ActingKeyForNote acting={acting} label={channel.label} />
    </li>
  );
}

export function ChannelKeys({ line }: { line: Channel[] }) {
  return (
    <ul className="grid gap-3 sm:grid-cols-2">
      {line.map((c) => (
        <ChannelKey key={c.url} channel={c} />
      ))}
    </ul>
  );
}
