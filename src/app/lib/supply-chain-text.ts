/**
 * @module
 * Words for the supply-chain diff (core/registry/supply-chain-diff.ts): one sentence per
 * change, risk labels and tones, and how a developer key is named (signer name when known,
 * always its fingerprint). Shared by publish, the package page and promote.
 */
import type { ChangeRisk, SupplyChainChange } from '../../core/registry/supply-chain-diff.ts';
import { ANY_ARCH, type HardwareFlag } from '../../core/registry/supply-chain-facts.ts';
import { matchSignatures, type SignerDirectory } from '../../core/registry/signer-directory.ts';
import type { MessageKey, Translate } from '../i18n/i18n.ts';

export const RISK_LABEL = {
  critical: 'supplyChain.risk.critical',
  high: 'supplyChain.risk.high',
  medium: 'supplyChain.risk.medium',
  low: 'supplyChain.risk.low',
} as const satisfies Record<ChangeRisk, MessageKey>;

export const RISK_TONE = { critical: 'red', high: 'red', medium: 'amber', low: 'neutral' } as const satisfies Record<ChangeRisk, 'red' | 'amber' | 'neutral'>;

export const FLAG_LABEL = {
  hardwareAcceleration: 'supplyChain.flag.hardwareAcceleration',
  userspaceFilesystems: 'supplyChain.flag.userspaceFilesystems',
  virtualNetworking: 'supplyChain.flag.virtualNetworking',
} as const satisfies Record<HardwareFlag, MessageKey>;

/** `Name (SHA256:…)` for a developer key PEM, or the fingerprint alone. */
export function keyName(pem: string, directory: SignerDirectory | undefined, t: Translate): string {
  const [view] = matchSignatures({ [pem]: '' }, directory ?? new Map());
  if (!view) return pem;
  const print = view.fingerprint ?? t('signer.unreadableKey');
  return view.signer ? `${view.signer.name} (${print})` : print;
}

export function archName(arch: string, t: Translate): string {
  return arch === ANY_ARCH ? t('supplyChain.anyArch') : arch;
}

/** The versions a diff compares, for sentences that name them. */
export interface DiffSides {
  before: string;
  after: string;
}

/** One sentence for a change. */
export function describeChange(c: SupplyChainChange, sides: DiffSides, t: Translate, directory?: SignerDirectory): string {
  const keys = (pems: string[]) => pems.map((p) => keyName(p, directory, t)).join(', ');
  switch (c.kind) {
    case 'developer-key':
      return t('supplyChain.change.developerKey', { added: keys(c.added), before: sides.before, previous: keys(c.before) });
    case 'developer-key-unknown':
      return t('supplyChain.change.developerKeyUnknown', { version: c.side === 'before' ? sides.before : sides.after });
    case 'repository':
      return t(c.field === 'packageRepo' ? 'supplyChain.change.packageRepo' : 'supplyChain.change.upstreamRepo', { before: c.before, after: c.after });
    case 'dependency-added':
      return t(c.optional ? 'supplyChain.change.dependencyAddedOptional' : 'supplyChain.change.dependencyAdded', { id: c.id });
    case 'dependency-removed':
      return t('supplyChain.change.dependencyRemoved', { id: c.id });
    case 'dependency-optional':
      return t(c.after ? 'supplyChain.change.dependencyNowOptional' : 'supplyChain.change.dependencyNowRequired', { id: c.id });
    case 'hardware-flag':
      return t(c.after ? 'supplyChain.change.flagOn' : 'supplyChain.change.flagOff', { flag: t(FLAG_LABEL[c.flag]) });
    case 'plugin-added':
      return t('supplyChain.change.pluginAdded', { plugin: c.plugin });
    case 'plugin-removed':
      return t('supplyChain.change.pluginRemoved', { plugin: c.plugin });
    case 'architecture-added':
      return t('supplyChain.change.archAdded', { arch: archName(c.arch, t) });
    case 'architecture-removed':
      return t('supplyChain.change.archRemoved', { arch: archName(c.arch, t) });
    case 'image-added':
      return t('supplyChain.change.imageAdded', { image: c.image });
    case 'image-removed':
      return t('supplyChain.change.imageRemoved', { image: c.image });
    case 'os-version':
      return t(c.lowered ? 'supplyChain.change.osLowered' : 'supplyChain.change.osVersion', {
        before: c.before ?? t('supplyChain.unset'),
        after: c.after ?? t('supplyChain.unset'),
      });
    case 'license':
      return t('supplyChain.change.license', { before: c.before, after: c.after });
  }
}
