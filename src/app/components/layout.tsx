/**
 * @module
 * The page frame: skip link, header (brand with the configured title, registry picker and the
 * Registries link unless config.json hides the chooser, navigation, key status, theme,
 * language), main landmark, live region. Usable on a phone (wraps; no horizontal scrolling).
 */
import type { ReactNode } from 'react';
import { Link, NavLink, useNavigate } from 'react-router';
import { useTheme, type Theme } from '../lib/theme.ts';
import { useSavedRegistries } from '../lib/registries.ts';
import { paths, useRouteRegistry } from '../lib/paths.ts';
import { useUnlockedKey } from '../lib/vault-session.ts';
import { useT } from '../i18n/i18n.ts';
import { LanguageSelect } from './language-select.tsx';
import { MenuSelect } from './menu-select.tsx';
import { homeRoute, useRuntimeConfig } from '../lib/runtime-config/runtime-config.ts';
import { LiveRegion } from './live-region.tsx';
import { focusRing } from './ui.tsx';
import { useFocusOnNavigate } from '../lib/use-focus-on-navigate.ts';

const navClass = ({ isActive }: { isActive: boolean }) =>
  `rounded-md px-2 py-1 text-sm ${focusRing} ${isActive ? 'bg-slate-200 font-medium dark:bg-slate-800' : 'hover:bg-slate-100 dark:hover:bg-slate-800'}`;

function RegistryPicker() {
  const { data } = useSavedRegistries();
  const current = useRouteRegistry() ?? '';
  const navigate = useNavigate();
  const t = useT();
  if (!data || data.length === 0) return null;
  return (
    <label className="flex items-center gap-2 text-sm">
      <span className="sr-only">{t('layout.registry')}</span>
      <select
        className={`max-w-[14rem] truncate rounded-md border border-slate-300 bg-white px-2 py-1 dark:border-slate-600 dark:bg-slate-900 ${focusRing}`}
        value={current}
        onChange={(e) => e.target.value && navigate(paths.registry.browse.getHref(e.target.value))}
      >
        {!current && <option value="">{t('layout.chooseRegistry')}</option>}
        {data.map((r) => (
          <option key={r.url} value={r.url}>
            {r.label ?? r.url}
          </option>
        ))}
      </select>
    </label>
  );
}

function LockIcon({ open }: { open: boolean }) {
  return (
    <svg aria-hidden viewBox="0 0 20 20" className={`h-4 w-4 ${open ? 'text-emerald-600' : 'text-slate-500'}`} fill="none" stroke="currentColor" strokeWidth="1.8">
      <rect x="4" y="9" width="12" height="8" rx="1.5" />
      <path d={open ? 'M7 9V6a3 3 0 0 1 5.8-1' : 'M7 9V6a3 3 0 0 1 6 0v3'} />
    </svg>
  );
}

function KeyStatus() {
  const key = useUnlockedKey();
  const t = useT();
  return (
    <Link to={paths.keys.getHref()} className={`rounded-md px-2 py-1 text-sm hover:bg-slate-100 dark:hover:bg-slate-800 ${focusRing}`}>
      <span className="inline-flex items-center gap-1.5">
        <LockIcon open={key !== null} />
        {key ? key.name : t('layout.noKeyUnlocked')}
      </span>
    </Link>
  );
}

function ThemeSelect() {
  const [theme, setTheme] = useTheme();
  const t = useT();
  return (
    <MenuSelect label={t('layout.theme')} value={theme} onChange={(v) => setTheme(v as Theme)}>
      <option value="auto">{t('layout.themeAuto')}</option>
      <option value="light">{t('layout.themeLight')}</option>
      <option value="dark">{t('layout.themeDark')}</option>
    </MenuSelect>
  );
}

export function Layout({ children }: { children: ReactNode }) {
  const registry = useRouteRegistry();
  const t = useT();
  const config = useRuntimeConfig();
  useFocusOnNavigate('main');
  return (
    <div className="min-h-screen bg-slate-50 text-slate-900 dark:bg-slate-950 dark:text-slate-100">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:p-2 focus:text-blue-800">
        {t('layout.skipToContent')}
      </a>
      <header className="border-b print:hidden border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-2">
          <Link to={homeRoute(config)} className={`flex items-center gap-2 font-semibold ${focusRing}`}>
            <img src={`${import.meta.env.BASE_URL}favicon.svg`} alt="" className="h-6 w-6" />
            {config.title}
          </Link>
          {config.registryChooser && <RegistryPicker />}
          <nav aria-label={t('layout.mainNav')} className="flex flex-wrap items-center gap-1">
            {registry !== null && (
              <NavLink to={paths.registry.browse.getHref(registry)} end className={navClass}>
                {t('layout.browse')}
              </NavLink>
            )}
            {config.registryChooser && (
              <NavLink to={paths.home.getHref()} end className={navClass}>
                {t('layout.registries')}
              </NavLink>
            )}
            {config.registryChooser && (
              <NavLink to={paths.channels.getHref()} className={navClass}>
                {t('layout.channels')}
              </NavLink>
            )}
            <NavLink to={paths.keys.getHref()} className={navClass}>
              {t('layout.keys')}
            </NavLink>
            <NavLink to={paths.history.getHref()} className={navClass}>
              {t('layout.history')}
            </NavLink>
            {config.registryChooser && (
              <NavLink to={paths.keyCompromise.getHref()} className={navClass}>
                {t('layout.keyCompromise')}
              </NavLink>
            )}
          </nav>
          <div className="ms-auto flex flex-wrap items-center gap-2">
            <KeyStatus />
            <ThemeSelect />
            <LanguageSelect />
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto max-w-7xl px-4 py-6 focus:outline-none">
        {children}
      </main>
      <LiveRegion />
    </div>
  );
}
