/**
 * The publish page's sentences follow the active language: verdicts with their plural counts,
 * the batch remark and the "and K more" line.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../../i18n/i18n.ts';
import { describeChecks, describeVerdict } from './describe.ts';

afterEach(() => setLocale('en_US'));

const ctx = { id: 'hello', version: '1.0.0:0', viaBatch: false };
const checks = (count: number) =>
  describeChecks({
    viaBatch: false,
    blocking: false,
    needsConfirmation: false,
    incoming: null,
    dependencies: Array.from({ length: count }, (_, i) => ({ id: `dep-${i}`, optional: i === 0, source: 'missing' as const })),
    osVersion: null,
    hasIcon: true,
    hasLicense: false,
    similarVersion: null,
  }).map((c) => c.text);

describe('describeVerdict and describeChecks', () => {
  it('speak English by default, with plural counts and the batch remark', () => {
    expect(describeVerdict({ kind: 'new-variant', variants: 1 }, ctx).text).toBe('Adds a hardware variant to 1.0.0:0, next to 1 existing one.');
    expect(describeVerdict({ kind: 'new-variant', variants: 3 }, { ...ctx, viaBatch: true }).text).toBe(
      'Adds a hardware variant to 1.0.0:0, next to 3 existing ones (counting the files above it in this batch).',
    );
    expect(checks(21)).toContain('and 1 more dependency (1 not in this registry)');
    expect(checks(1)[0]).toBe('Dependency dep-0 (optional): not in this registry — devices cannot install it from here');
  });

  it('follow the chosen language, Polish plural forms included', async () => {
    await setLocale('pl_PL');
    expect(describeVerdict({ kind: 'new-variant', variants: 2 }, ctx)).toMatchObject({ label: 'Nowy wariant', text: 'Dodaje wariant sprzętowy do 1.0.0:0, obok 2 istniejących wariantów.' });
    expect(checks(25)).toContain('i 5 dodatkowych zależności (brak w tym rejestrze: 5)');
    await setLocale('de_DE');
    expect(describeVerdict({ kind: 'new-version' }, { ...ctx, viaBatch: true }).text).toBe('Fügt die Version 1.0.0:0 hinzu (einschließlich der Dateien darüber in diesem Stapel).');
    expect(checks(1)).toContain('Kein LICENSE.md im Paket');
  });
});
