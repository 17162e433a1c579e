/**
 * @module
 * A release's upgrade-source range (`sourceVersion`, spec registry-api.md §4.6, §6) with the
 * shared live range editor: the field parsed as typed, the condition builder, the range in
 * words ("devices on 0.3.5 or later may upgrade") and which listed releases it lets upgrade.
 */
import { ClauseBuilder } from '../../../components/clause-builder.tsx';
import { RangeField } from '../../../components/range-field.tsx';
import { sourceRangeWords } from '../../../../core/registry/source-range.ts';
import type { ParsedRange } from '../../../lib/range-editor.ts';
import { useT } from '../../../i18n/i18n.ts';
import { releasesCovered } from '../lib/release-form.ts';
import { sourceRangeText } from '../lib/source-range-text.ts';

export function SourceRangeEditor({
  id,
  value,
  parsed,
  versions,
  onChange,
}: {
  id: string;
  value: string;
  parsed: ParsedRange;
  /** The registry's releases, newest first. */
  versions: readonly string[];
  onChange: (text: string) => void;
}) {
  const t = useT();
  const covered = parsed.ok ? releasesCovered(parsed.range, versions) : [];
  return (
    <div className="flex flex-col gap-2">
      <RangeField id={id} label={t('os.form.source')} placeholder=">=0.3.5" value={value} parsed={parsed} onChange={onChange} />
      <ClauseBuilder value={value} onChange={onChange} />
      {parsed.ok && (
        <p className="text-sm" aria-live="polite">
          {sourceRangeText(sourceRangeWords(parsed.printed), t)}{' '}
          {versions.length > 0 &&
            (covered.length === 0 ? t('os.form.coversNone') : t('os.form.covers', { list: covered.join(', ') }))}
        </p>
      )}
    </div>
  );
}
