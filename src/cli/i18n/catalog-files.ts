/**
 * @module
 * The catalogs on disk (`src/app/i18n/catalogs/<locale>.json`) and the allow-list of
 * translations that may equal English (`identical-allowed.json`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { LOCALES } from '../../app/i18n/locales.ts';
import type { Catalog } from './catalog-rules.ts';

export const APP_DIR = fileURLToPath(new URL('../../app/', import.meta.url));
const I18N_DIR = new URL('../../app/i18n/', import.meta.url);
const catalogUrl = (locale: string) => new URL(`catalogs/${locale}.json`, I18N_DIR);

export function readCatalogs(): Record<string, Catalog> {
  return Object.fromEntries(LOCALES.map((l) => [l, JSON.parse(readFileSync(catalogUrl(l), 'utf8')) as Catalog]));
}

export function writeCatalog(locale: string, catalog: Catalog): void {
  writeFileSync(catalogUrl(locale), `${JSON.stringify(catalog, null, 2)}\n`);
}

export function readAllowIdentical(): Record<string, string[]> {
  return JSON.parse(readFileSync(new URL('identical-allowed.json', I18N_DIR), 'utf8')) as Record<string, string[]>;
}
