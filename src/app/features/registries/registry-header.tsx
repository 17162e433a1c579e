/**
 * @module
 * The strip above every registry screen: which registry (name, icon, URL), the signing
 * hostname, and what the unlocked key may do there (role, or a diagnosed signature problem, or
 * the prompt to save the registry before the key signs anything for it), the key that signs
 * its writes and the choice of that key (issue 14 item 2); in demo mode, on the
 * demo registry, the one-click import of its demo admin key.
 */
import { Suspense } from 'react';
import { Link } from 'react-router';
import { Badge, focusRing, Icon } from '../../components/ui.tsx';
import { ErrorView } from '../../components/error-view.tsx';
import { paths } from '../../lib/paths.ts';
import { useRegistryInfo, useRole } from '../../lib/registry-queries.ts';
import { useRegistryScope } from '../../lib/registry-scope.tsx';
import { describeRole, type Role } from '../../lib/role.ts';
import { DEMO_ALLOWED, DEMO_PASSPHRASE, useDemoConfig } from '../../lib/demo.ts';
import { lazyComponent } from '../../lib/lazy-component.tsx';
import { SaveRegistryPrompt } from './components/save-registry-prompt.tsx';
import { useT, type MessageKey } from '../../i18n/i18n.ts';
import { Trans } from '../../i18n/trans.tsx';

const ROLE_BADGE: Record<Role['kind'], { tone: 'neutral' | 'green' | 'blue' | 'amber' | 'red'; label: MessageKey }> = {
  viewer: { tone: 'neutral', label: 'registry.roleViewer' },
  'not-saved': { tone: 'amber', label: 'registry.roleNotSaved' },
  'wrong-key': { tone: 'amber', label: 'registry.roleWrongKey' },
  'unknown-key': { tone: 'amber', label: 'registry.roleUnknownKey' },
  signer: { tone: 'blue', label: 'registry.roleSigner' },
  admin: { tone: 'green', label: 'registry.roleAdmin' },
  'clock-skew': { tone: 'red', label: 'registry.roleClockSkew' },
  'bad-signature': { tone: 'red', label: 'registry.roleBadSignature' },
};

// Demo only: it imports the demo key, so it needs the Ed25519 code (issue 12 item 1).
// Behind `import.meta.env.DEV` itself (replaced by a literal at build time), so a build drops
// the dynamic import and emits no demo-key-button chunk at all.
// Needs the vault's key list; the first screen draws without it.
const ActingKey = lazyComponent(() => import('../../components/acting-key.tsx').then((m) => m.ActingKey));
// Inside a closed <details>: its key list and its strings load when first shown.
const DefaultKeySelect = lazyComponent(() => import('../../components/default-key-select.tsx').then((m) => m.DefaultKeySelect));
const DemoKeyButton = import.meta.env.DEV ? lazyComponent(() => import('./components/demo-key-button.tsx').then((m) => m.DemoKeyButton)) : null;

export function RegistryHeader() {
  const { url, context, saved } = useRegistryScope();
  const info = useRegistryInfo();
  const role = useRole();
  const demo = useDemoConfig();
  const name = info.data?.name ?? url;
  const t = useT();
  return (
    <div className="mb-6 flex flex-col gap-3">
      <div className="flex flex-wrap items-center gap-3">
        {info.data?.icon ? <Icon src={info.data.icon} size="md" /> : null}
        <div className="min-w-0 flex-1">
          <p className="truncate text-lg font-semibold" data-testid="registry-name">
            {name}
          </p>
          <p className="truncate text-xs text-slate-600 dark:text-slate-400">
            <Trans k="registry.urlAndContext" values={{ url, context, mono: (c) => <span className="font-mono">{c}</span> }} />
          </p>
        </div>
        {role.data && (
          <span data-testid="role-badge">
            <Badge tone={ROLE_BADGE[role.data.kind].tone}>{t(ROLE_BADGE[role.data.kind].label)}</Badge>
          </span>
        )}
      </div>
      {info.isError && <ErrorView error={info.error} onRetry={() => void info.refetch()} />}
      {role.data?.kind === 'not-saved' && <SaveRegistryPrompt />}
      {role.data && role.data.kind !== 'viewer' && role.data.kind !== 'not-saved' && (
        <p className={`text-sm ${role.data.kind === 'clock-skew' || role.data.kind === 'bad-signature' ? 'text-red-700 dark:text-red-400' : 'text-slate-600 dark:text-slate-300'}`} role={role.data.kind === 'clock-skew' ? 'alert' : undefined}>
          {describeRole(role.data)}
        </p>
      )}
      {role.data?.kind === 'viewer' && (
        <p className="text-sm text-slate-600 dark:text-slate-300">
          <Trans k="registry.browsingWithoutKey" values={{ link: (c) => <Link className="underline" to={paths.keys.getHref()}>{c}</Link> }} />
        </p>
      )}
      {saved && (
        <div className="flex flex-wrap items-start gap-x-4 gap-y-2">
          <Suspense fallback={null}>
            <ActingKey className="min-w-0 flex-1" />
          </Suspense>
          <details className="text-sm">
            <summary className={`cursor-pointer rounded-sm underline ${focusRing}`}>{t('actingKey.change')}</summary>
            <div className="mt-2 max-w-xs">
              <Suspense fallback={null}>
                <DefaultKeySelect saved={saved} label={saved.label ?? name} />
              </Suspense>
            </div>
          </details>
        </div>
      )}
      {DEMO_ALLOWED && role.data?.kind === 'viewer' && demo?.registryUrl === url && (
        <div className="flex flex-wrap items-center gap-2 text-sm">
          <span>
            <Trans k="demo.headerKeyOffer" values={{ passphrase: DEMO_PASSPHRASE }} />
          </span>
          <Suspense fallback={null}>
            {DemoKeyButton && <DemoKeyButton demo={demo} />}
          </Suspense>
        </div>
      )}
      {role.isError && <ErrorView error={role.error} onRetry={() => void role.refetch()} />}
    </div>
  );
}
