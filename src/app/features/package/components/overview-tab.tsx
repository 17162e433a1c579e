/**
 * @module
 * Overview of one version: long description, release notes, hardware variants, dependencies,
 * links and license.
 */
import { localize } from '../../../../core/registry/localize.ts';
import type { PackageIndex, PackageVersionInfo } from '../../../../core/rpc/types.ts';
import type { SignerNames } from '../api/signer-directory.ts';
import { dependencyViews } from '../lib/package-view.ts';
import { DependencyList } from './dependency-list.tsx';
import { LongDescription } from './long-description.tsx';
import { PackageFacts } from './package-facts.tsx';
import { ReleaseNotes } from './release-notes.tsx';
import { Section } from './section.tsx';
import { VariantTable } from './variant-table.tsx';
import { ownValue } from '../../../../core/registry/own-key.ts';
import { useT } from '../../../i18n/i18n.ts';

export function OverviewTab({
  version,
  info,
  index,
  signers,
  language,
  hrefFor,
}: {
  version: string;
  info: PackageVersionInfo;
  index: PackageIndex;
  signers: SignerNames;
  language: string;
  hrefFor: (id: string) => string;
}) {
  const t = useT();
  const titleOf = (id: string) => {
    const versions = ownValue(index.packages, id)?.versions;
    return versions ? (Object.values(versions)[0]?.title ?? null) : null;
  };
  return (
    <div className="flex flex-col gap-8">
      <Section title={t('package.about')}>
        <LongDescription text={localize(info.description.long, language)} />
      </Section>
      <Section
        title={
          <>
            {t('package.releaseNotes')} <span className="font-mono text-base font-normal">{version}</span>
          </>
        }
      >
        <ReleaseNotes markdown={localize(info.releaseNotes, language)} />
      </Section>
      <Section title={t('package.hardwareVariants', { count: info.s9pks.length })}>
        <VariantTable
          version={version}
          variants={info.s9pks}
          directory={signers.directory}
          coverage={signers.coverage}
        />
      </Section>
      <Section title={t('package.dependencies')}>
        <DependencyList deps={dependencyViews(info, index, language, titleOf)} hrefFor={hrefFor} />
      </Section>
      <Section title={t('package.linksAndLicense')}>
        <PackageFacts info={info} />
      </Section>
    </div>
  );
}
