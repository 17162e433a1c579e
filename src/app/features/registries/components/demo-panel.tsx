/**
 * @module
 * Demo mode only (`npm start`): what runs locally, the demo registry (already saved at
 * startup) and its throwaway admin key, imported in one click.
 */
import { Link } from 'react-router';
import { Panel } from '../../../components/ui.tsx';
import { DEMO_PASSPHRASE, type DemoConfig } from '../../../lib/demo.ts';
import { paths } from '../../../lib/paths.ts';
import { useT } from '../../../i18n/i18n.ts';
import { Trans } from '../../../i18n/trans.tsx';
import { DemoKeyButton } from './demo-key-button.tsx';

export function DemoPanel({ demo }: { demo: DemoConfig }) {
  const t = useT();
  return (
    <Panel title={t('demo.title')} className="border-amber-300 dark:border-amber-700">
      <p className="text-sm text-slate-700 dark:text-slate-300">
        <Trans
          k="demo.about"
          values={{ registry: demo.registryUrl, bucket: demo.bucket?.publicUrl ?? 'none', files: demo.filesDir ?? 'none', passphrase: DEMO_PASSPHRASE }}
        />
      </p>
      <div className="mt-3 flex flex-wrap items-center gap-2">
        <Link className="rounded-md px-3 py-1.5 text-sm font-medium underline" to={paths.registry.browse.getHref(demo.registryUrl)}>
          {t('demo.open')}
        </Link>
        <DemoKeyButton demo={demo} />
      </div>
    </Panel>
  );
}
