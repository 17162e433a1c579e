/**
 * `npm run i18n:extract`: keeps the catalogs in step with the code. Drops keys the code no
 * longer uses from every locale, writes every catalog sorted by key, then lists what is left
 * for a person to do (keys used but missing in English, missing translations, placeholder
 * mismatches, untranslated copies of English) and exits 1 while anything is.
 * `--check` changes nothing and only reports (what the catalog test runs in CI).
 */
import { catalogProblems, isUsed, type Catalog } from './i18n/catalog-rules.ts';
import { APP_DIR, readAllowIdentical, readCatalogs, writeCatalog } from './i18n/catalog-files.ts';
import { scanUsage } from './i18n/scan-usage.ts';

const check = process.argv.includes('--check');
const usage = scanUsage(APP_DIR);
const catalogs = readCatalogs();

if (!check) {
  for (const [locale, catalog] of Object.entries(catalogs)) {
    const kept: Catalog = {};
    for (const key of Object.keys(catalog).sort()) if (isUsed(key, usage)) kept[key] = catalog[key]!;
    const dropped = Object.keys(catalog).length - Object.keys(kept).length;
    if (dropped > 0) console.log(`${locale}: dropped ${dropped} unused key(s)`);
    catalogs[locale] = kept;
    writeCatalog(locale, kept);
  }
}

const problems = catalogProblems(catalogs, usage, readAllowIdentical());
for (const p of problems) console.log(p);
console.log(problems.length === 0 ? 'catalogs are in sync' : `${problems.length} problem(s) left`);
process.exitCode = problems.length === 0 ? 0 : 1;
