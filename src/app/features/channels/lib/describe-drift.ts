/**
 * @module
 * Drift in words (issue 14 item 1), with channel labels and a tone: a conflicting commitment
 * is red (two builds under one version), everything else amber.
 */
import type { Drift } from '../../../../core/registry/channel-board.ts';
import type { Translate } from '../../../i18n/i18n.ts';
import { hardwareLabel } from '../../../lib/hardware-label.ts';

export function describeDrift(d: Drift, labels: readonly string[], t: Translate): { tone: 'amber' | 'red'; label: string; text: string } {
  const l = (i: number) => labels[i] ?? String(i + 1);
  switch (d.kind) {
    case 'newer':
      return {
        tone: 'amber',
        label: t('channels.drift.newer'),
        text: d.behind === null ? t('channels.drift.newerAbsent', { from: l(d.from), to: l(d.to), version: d.version }) : t('channels.drift.newerText', { from: l(d.from), to: l(d.to), version: d.version, behind: d.behind }),
      };
    case 'missing-variant':
      return {
        tone: 'amber',
        label: t('channels.drift.missingVariant'),
        text: t('channels.drift.missingVariantText', { from: l(d.from), to: l(d.to), version: d.version, hardware: d.hardware.map((h) => hardwareLabel(h, t)).join('; ') }),
      };
    case 'gone':
      return { tone: 'amber', label: t('channels.drift.gone'), text: t('channels.drift.goneText', { earlier: l(d.earlier), later: l(d.later), version: d.version }) };
    case 'conflict':
      return {
        tone: 'red',
        label: t('channels.drift.conflict'),
        text: t('channels.drift.conflictText', { version: d.version, hardware: hardwareLabel(d.hardware, t), channels: d.channels.map(l).join(', ') }),
      };
  }
}
