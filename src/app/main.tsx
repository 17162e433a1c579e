/**
 * Entry point of the console: loads the reader's language (its catalog is a separate chunk
 * unless it is English), then mounts the React tree.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './styles.css';
import { App } from './app.tsx';
import { initialLocale, setLocale } from './i18n/i18n.ts';

const root = document.getElementById('root');
if (!root) throw new Error('missing #root element');
const mount = () =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
// A catalog that fails to load leaves the console in English rather than blank.
setLocale(initialLocale()).then(mount, (e: unknown) => {
  console.error('could not load the language catalog', e);
  mount();
});
