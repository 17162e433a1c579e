/**
 * @module
 * The key-compromise report (issue 17 item 3): what was found on each registry and every step
 * taken (item, result, time, registry, acting key), as JSON for tools and as Markdown for
 * people. The JSON keeps registry data as found (keys, sighashes, URLs); the Markdown is in the
 * active language.
 */
import type { KeyFindings, SuspectKey } from '../../../../core/registry/key-compromise.ts';
import type { Translate } from '../../../i18n/i18n.ts';
import { hardwareLabel } from '../../../lib/hardware-label.ts';
import type { LogEntry } from '../api/response-store.ts';
import { RESULT, STEP_TITLE } from './labels.ts';

export interface RegistryReport {
  registry: string;
  label: string;
  /** Null when the registry could not be read (then `error` says why). */
  findings: KeyFindings | null;
  error: string | null;
}

export interface KeyReport {
  format: 'registry-console-key-compromise';
  v: 1;
  createdAt: string;
  key: SuspectKey;
  registries: RegistryReport[];
  steps: LogEntry[];
}

export function buildReport(key: SuspectKey, registries: RegistryReport[], steps: LogEntry[], now = new Date()): KeyReport {
  return { format: 'registry-console-key-compromise', v: 1, createdAt: now.toISOString(), key, registries, steps };
}

/** Escapes the characters that would break a Markdown table cell. */
const cell = (s: string) => s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
const row = (cells: string[]) => `| ${cells.map(cell).join(' | ')} |`;
const table = (head: string[], rows: string[][]) => [row(head), row(head.map(() => '---')), ...rows.map(row)].join('\n');

function registrySection(r: RegistryReport, t: Translate): string[] {
  const out = [`### ${r.label} (${r.registry})`, ''];
  if (r.findings === null) return [...out, t('compromise.report.unreadable', { error: r.error ?? '' }), ''];
  const f = r.findings;
  if (!f.signersKnown) out.push(t('compromise.signersUnknown'), '');
  if (f.holders.length > 0) {
    out.push(
      table(
        [t('compromise.col.signer'), t('compromise.col.admin'), t('compromise.col.scopes'), t('compromise.col.osReleases')],
        f.holders.map((h) => [
          `${h.name} (${h.guid})`,
          h.admin === null ? t('compromise.unknown') : h.admin ? t('compromise.yes') : t('compromise.no'),
          h.scopes.map((s) => `${s.id} ${s.range}`).join(', '),
          h.osReleases.join(', '),
        ]),
      ),
      '',
    );
  }
  if (f.variants.length > 0) {
    out.push(
      table(
        [t('compromise.col.package'), t('compromise.col.version'), t('compromise.col.flavor'), t('compromise.col.hardware'), t('compromise.col.sighash'), t('compromise.col.urls')],
        f.variants.map((v) => [v.id, v.version, v.flavor ?? '', hardwareLabel(v.hardware, t), v.sighash, v.urls.join(' ')]),
      ),
      '',
    );
  }
  if (f.osAssets.length > 0) {
    out.push(
      table(
        [t('compromise.col.release'), t('compromise.col.platform'), t('compromise.col.type'), t('compromise.col.urls')],
        f.osAssets.map((a) => [a.release, a.platform, a.type, a.urls.join(' ')]),
      ),
      '',
    );
  }
  if (f.holders.length + f.variants.length + f.osAssets.length === 0) out.push(t('compromise.nothingHere'), '');
  return out;
}

export function reportMarkdown(report: KeyReport, t: Translate): string {
  const lines = [
    `# ${t('compromise.report.title')}`,
    '',
    t('compromise.report.key', { fingerprint: report.key.fingerprint }),
    '',
    '```',
    report.key.pem.trim(),
    '```',
    '',
    t('compromise.report.created', { at: report.createdAt }),
    '',
    `## ${t('compromise.report.found')}`,
    '',
    ...report.registries.flatMap((r) => registrySection(r, t)),
    `## ${t('compromise.report.done')}`,
    '',
  ];
  if (report.steps.length === 0) lines.push(t('compromise.report.nothingDone'));
  else
    lines.push(
      table(
        [t('compromise.col.time'), t('compromise.col.step'), t('compromise.col.registry'), t('compromise.col.item'), t('compromise.col.result'), t('compromise.col.actingKey')],
        report.steps.map((s) => [s.at, t(STEP_TITLE[s.step]), s.registry, s.item, s.error ? `${t(RESULT[s.result])}: ${s.error}` : t(RESULT[s.result]), s.actingKey ?? '']),
      ),
    );
  return `${lines.join('\n')}\n`;
}
