/**
 * Entry point of the console: reads the deploy-time `config.json` and loads the reader's
 * language (its catalog is a separate chunk), both at once, then mounts
 * the React tree (or the list of the file's problems); and starts downloading a page's code
 * when a link to it is hovered or focused.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './styles.css';
import { App } from './app.tsx';
import { startLocale } from './i18n/i18n.ts';
import { routes } from './router.tsx';
import { ConfigErrorPage } from './components/config-error-page.tsx';
import { loadRuntimeConfig } from './lib/runtime-config/load-config.ts';
import { landingRoute, setRuntimeConfig } from './lib/runtime-config/runtime-config.ts';
import { DEMO_ALLOWED, ensureDemoRegistry } from './lib/demo.ts';
import { prefetchOnIntent, routePathOfHref } from './lib/prefetch-on-intent.ts';

const root = document.getElementById('root');
if (!root) throw new Error('missing #root element');

async function start(el: HTMLElement) {
  const [loaded] = await Promise.all([
    loadRuntimeConfig({ allowDemo: DEMO_ALLOWED, baseUrl: document.baseURI }),
    // Every language's first-screen catalog is a download (English's too): the first render
    // waits for it, so nothing shows untranslated or renders twice.
    startLocale(),
  ]);
  if (!loaded.ok) {
    console.error(`config.json is not valid:\n${loaded.problems.map((p) => `  ${p}`).join('\n')}`);
    createRoot(el).render(<ConfigErrorPage problems={loaded.problems} />);
    return;
  }
  loaded.notes.forEach((n) => console.warn(n));
  const { config } = loaded;
  setRuntimeConfig(config);
  document.title = config.title;
  if (DEMO_ALLOWED && config.demo) await ensureDemoRegistry(config.demo).catch((e: unknown) => console.error('could not save the demo registry', e));
  // Before the hash router reads the location: replacing it now leaves no extra history entry.
  const landing = landingRoute(config, routePathOfHref(window.location.hash) ?? '');
  if (landing) window.history.replaceState(null, '', `#${landing}`);
  createRoot(el).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void start(root);
prefetchOnIntent(routes);
