/**
 * @module
 * Registry identity (design.md §4.5, spec registry-api.md §4.2): the name and icon every visitor
 * and every StartOS device sees.
 */
import { ErrorView } from '../../../components/error-view.tsx';
import { Panel, Spinner } from '../../../components/ui.tsx';
import { useRegistryInfo } from '../../../lib/registry-queries.ts';
import { useRegistryScope } from '../../../lib/registry-scope.tsx';
import { IconForm } from './icon-form.tsx';
import { NameForm } from './name-form.tsx';
import { useT } from '../../../i18n/i18n.ts';

export function IdentityPage() {
  const { url } = useRegistryScope();
  const info = useRegistryInfo();
  const t = useT();
  if (info.isPending) return <Spinner label={t('identity.loading')} />;
  if (info.isError) return <ErrorView error={info.error} onRetry={() => void info.refetch()} />;
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-xl font-semibold">{t('curate.identity')}</h1>
      <Panel title={t('nameEditor.name')}>
        <NameForm current={info.data.name} />
      </Panel>
      <Panel title={t('identity.icon')}>
        <IconForm current={info.data.icon} name={info.data.name ?? url} url={url} />
      </Panel>
    </div>
  );
}
