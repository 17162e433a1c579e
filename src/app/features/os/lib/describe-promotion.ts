/**
 * @module
 * A promotion step in words: the pre-flight verdict against the target and, once sent, its
 * result (the registry's error described for that call).
 */
import type { OsAssetStep, OsReleaseStep } from '../../../../core/registry/os-promote-plan.ts';
import type { Translate } from '../../../i18n/i18n.ts';
import type { StepResult } from '../api/run-os-promotion.ts';
import { describeOsError, type OsAction } from './os-errors.ts';

export type Tone = 'neutral' | 'green' | 'amber' | 'red' | 'blue';

export function describeReleaseStep(step: OsReleaseStep, t: Translate): { tone: Tone; text: string } {
  switch (step.action) {
    case 'add':
      return { tone: 'blue', text: t('os.promote.release.add') };
    case 'update':
      return { tone: 'amber', text: t('os.promote.release.update', { fields: step.changed.join(', ') }) };
    case 'skip':
      return { tone: 'neutral', text: t('os.promote.release.same') };
    case 'blocked':
      return { tone: 'red', text: t('os.promote.release.adminOnly') };
  }
}

export function describeAssetStep(step: OsAssetStep, t: Translate): { tone: Tone; text: string } {
  switch (step.action) {
    case 'add':
      return { tone: 'blue', text: t('os.promote.asset.add', { count: step.asset.urls.length }) };
    case 'skip':
      return { tone: 'neutral', text: t('os.promote.asset.same') };
    case 'conflict':
      return { tone: 'red', text: t(step.targetCommitment?.size === step.asset.commitment.size ? 'os.promote.asset.conflictHash' : 'os.promote.asset.conflictSize') };
    case 'blocked':
      return { tone: 'red', text: t('os.promote.asset.notAllowed') };
  }
}

export function describeStepResult(r: StepResult, action: OsAction, t: Translate): { tone: Tone; text: string } {
  switch (r.status) {
    case 'running':
      return { tone: 'blue', text: t('os.promote.result.running') };
    case 'done':
      return { tone: 'green', text: t('os.promote.result.done') };
    case 'skipped':
      return { tone: 'neutral', text: t('os.promote.result.skipped') };
    case 'blocked':
      return { tone: 'amber', text: t('os.promote.result.blocked') };
    case 'conflict':
      return { tone: 'red', text: t('os.promote.result.conflict') };
    case 'failed': {
      const d = describeOsError(action, r.error, t);
      return { tone: 'red', text: t('os.promote.result.failed', { reason: d.title, code: d.code }) };
    }
  }
}
