/**
 * @module
 * The promotion's steps against the target: the release itself, then each image (platform and
 * type), each with its pre-flight verdict and, once sent, its own result.
 */
import type { OsPromotePlan } from '../../../../core/registry/os-promote-plan.ts';
import { Badge } from '../../../components/ui.tsx';
import { formatBytes } from '../../../lib/format-bytes.ts';
import { useT } from '../../../i18n/i18n.ts';
import { assetKey, type StepResult } from '../api/run-os-promotion.ts';
import { describeAssetStep, describeReleaseStep, describeStepResult } from '../lib/describe-promotion.ts';

export function PromoteSteps({ plan, results, target }: { plan: OsPromotePlan; results: Record<string, StepResult>; target: string }) {
  const t = useT();
  const release = describeReleaseStep(plan.release, t);
  const done = (key: string, action: 'promote.release' | 'promote.asset') => {
    const r = results[key];
    if (!r) return null;
    const d = describeStepResult(r, action, t);
    return <Badge tone={d.tone}>{d.text}</Badge>;
  };
  return (
    <ul className="flex flex-col gap-1 text-sm" aria-label={t('os.promote.stepsLabel', { version: plan.version, target })} aria-live="polite">
      <li className="flex flex-wrap items-center gap-2" data-testid="promote-step-release">
        <span className="font-medium">{t('os.promote.releaseStep', { version: plan.version })}</span>
        <Badge tone={release.tone}>{release.text}</Badge>
        {done('release', 'promote.release')}
      </li>
      {plan.assets.map((a) => {
        const v = describeAssetStep(a, t);
        return (
          <li key={assetKey(a)} className="flex flex-wrap items-center gap-2" data-testid={`promote-step-${assetKey(a)}`}>
            <span>{t('os.asset.label', { platform: a.platform, type: a.type, size: formatBytes(a.asset.commitment.size) })}</span>
            <Badge tone={v.tone}>{v.text}</Badge>
            {done(assetKey(a), 'promote.asset')}
          </li>
        );
      })}
    </ul>
  );
}
