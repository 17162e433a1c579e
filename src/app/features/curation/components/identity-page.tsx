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

export function IdentityPage() {
  const { url } = useRegistryScope();
  const info = useRegistryInfo();
  if (info.isPending) return <Spinner label="Loading the registry's name and icon" />;
  if (info.isError) return <ErrorView error={info.error} onRetry={() => void info.refetch()} />;
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-xl font-semibold">Registry identity</h1>
      <Panel title="Name">
        <NameForm current={info.data.name} />
      </Panel>
      <Panel title="Icon">
        <IconForm current={info.data.icon} name={info.data.name ?? url} url={url} />
      </Panel>
    </div>
  );
}
