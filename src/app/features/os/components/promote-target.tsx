/**
 * @module
 * Where a release is promoted to: the next registry of the saved channel line when this
 * registry is in it (lib/channel-line.ts, issue 14), otherwise any other saved registry the
 * user picks.
 */
import { useId } from 'react';
import { SelectField, Spinner } from '../../../components/ui.tsx';
import { nextChannel, useChannelLine } from '../../../lib/channel-line.ts';
import { useSavedRegistries } from '../../../lib/registries.ts';
import { useT } from '../../../i18n/i18n.ts';

export interface PromoteTarget {
  url: string;
  label: string;
}

/** The channel after `url` in the saved line, null when there is none, undefined while loading. */
export function useNextChannel(url: string): PromoteTarget | null | undefined {
  const line = useChannelLine().data;
  return line === undefined ? undefined : nextChannel(line, url);
}

export function PromoteTargetChoice({ from, value, onChange }: { from: string; value: string; onChange: (target: PromoteTarget | null) => void }) {
  const t = useT();
  const id = useId();
  const saved = useSavedRegistries().data;
  if (!saved) return <Spinner />;
  const others = saved.filter((r) => r.url !== from);
  if (others.length === 0) return <p className="text-sm text-amber-800 dark:text-amber-300">{t('os.promote.noTargets')}</p>;
  return (
    <SelectField
      id={`${id}-target`}
      label={t('os.promote.target')}
      value={value}
      onChange={(e) => {
        const r = others.find((o) => o.url === e.target.value);
        onChange(r ? { url: r.url, label: r.label ?? r.url } : null);
      }}
    >
      <option value="">{t('os.promote.chooseTarget')}</option>
      {others.map((r) => (
        <option key={r.url} value={r.url}>
          {r.label ? `${r.label} (${r.url})` : r.url}
        </option>
      ))}
    </SelectField>
  );
}
