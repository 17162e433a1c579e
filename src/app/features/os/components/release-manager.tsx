/**
 * @module
 * The release manager's tools on one release card (issue #15 item 3, admins only: spec
 * registry-api.md §3.2 makes `os.version.add/remove` and `os.version.signer.*` admin methods):
 * edit the release, manage its authorized signers, promote it to another registry, remove it.
 */
import { osVersionsNewestFirst, type OsReleaseView } from '../../../../core/registry/os-release.ts';
import type { OsIndex } from '../../../../core/rpc/types.ts';
import { Button } from '../../../components/ui.tsx';
import { useRegistryScope } from '../../../lib/registry-scope.tsx';
import { useT } from '../../../i18n/i18n.ts';
import { InlinePanel } from '../../../components/inline-panel.tsx';
import { ReleaseForm } from './release-form.tsx';
import { ReleasePromote } from './release-promote.tsx';
import { ReleaseRemove } from './release-remove.tsx';
import { ReleaseSigners } from './release-signers.tsx';

export function ReleaseManager({ index, release }: { index: OsIndex; release: OsReleaseView }) {
  const t = useT();
  const { version, info } = release;
  const { url } = useRegistryScope();
  return (
    <div className="flex flex-wrap items-start gap-2" role="group" aria-label={t('os.manage.label', { version })}>
      <InlinePanel label={t('os.manage.edit')} title={t('os.form.editLabel', { version })}>
        {(close) => <ReleaseForm editing={{ version, info }} versions={osVersionsNewestFirst(Object.keys(index.versions))} onDone={close} />}
      </InlinePanel>
      <InlinePanel label={t('os.manage.signers')} title={t('os.signers.title', { version })}>
        {(close) => (
          <>
            <ReleaseSigners version={version} />
            <Button className="self-start" onClick={close}>
              {t('common.close')}
            </Button>
          </>
        )}
      </InlinePanel>
      <InlinePanel label={t('os.manage.promote')} title={t('os.promote.title', { version })}>
        {(close) => <ReleasePromote from={url} version={version} source={info} onClose={close} />}
      </InlinePanel>
      <ReleaseRemove version={version} assets={release.assets} />
    </div>
  );
}
