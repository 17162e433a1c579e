/**
 * @module
 * "New release" on the OS releases page (admins): opens the release form for a version the
 * registry does not hold yet.
 */
import { osVersionsNewestFirst } from '../../../../core/registry/os-release.ts';
import type { OsIndex } from '../../../../core/rpc/types.ts';
import { useT } from '../../../i18n/i18n.ts';
import { InlinePanel } from '../../../components/inline-panel.tsx';
import { ReleaseForm } from './release-form.tsx';

export function NewRelease({ index }: { index: OsIndex }) {
  const t = useT();
  return (
    <div className="flex flex-col items-start">
      <InlinePanel label={t('os.manage.new')} title={t('os.form.newLabel')} heading="h2" primary>
        {(close) => <ReleaseForm editing={null} versions={osVersionsNewestFirst(Object.keys(index.versions))} onDone={close} />}
      </InlinePanel>
    </div>
  );
}
