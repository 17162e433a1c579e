/**
 * @module
 * The readiness checklist of one release (issue #15 item 5; core/registry/os-readiness.ts):
 * previous release's images present, N authorized signatures per image (N chosen here and
 * once for the page and remembered), every download URL answering with the committed size (checked on request).
 */
import { useState, type ReactNode } from 'react';
import {
  osReadiness,
  type AssetRef,
  type UrlProblem,
} from '../../../../core/registry/os-readiness.ts';
import type { OsReleaseView } from '../../../../core/registry/os-release.ts';
import type { OsIndex } from '../../../../core/rpc/types.ts';
import { Badge, Button } from '../../../components/ui.tsx';
import { useT, type Translate } from '../../../i18n/i18n.ts';
import { useUrlChecks } from '../api/use-url-checks.ts';

type State = 'ready' | 'notReady' | 'pending';
const TONE = { ready: 'green', notReady: 'red', pending: 'neutral' } as const;
const STATE_KEY = {
  ready: 'os.ready.ready',
  notReady: 'os.ready.notReady',
  pending: 'os.ready.pending',
} as const;

const assetName = (a: AssetRef) => `${a.platform} ${a.type}`;

function urlWhy(p: UrlProblem, t: Translate): string {
  const c = p.check;
  if (c.status === 'unverifiable') return t('os.ready.url.unverifiable', { message: c.message });
  if (c.status !== 'bad') return '';
  if (c.problem === 'size') return t('os.ready.url.size', { found: c.found });
  if (c.problem === 'http') return t('os.ready.url.http', { status: c.httpStatus });
  return t('os.ready.url.bad');
}

function Item({ state, children }: { state: State; children: ReactNode }) {
  const t = useT();
  return (
    <li className="flex flex-wrap items-start gap-2">
      <Badge tone={TONE[state]}>{t(STATE_KEY[state])}</Badge>
      <div className="min-w-0 flex-1">{children}</div>
    </li>
  );
}

export function ReadinessChecklist({
  index,
  release,
  minSigners,
}: {
  index: OsIndex;
  release: OsReleaseView;
  /** Valid authorized signatures each image needs (chosen once for the page). */
  minSigners: number;
}) {
  const t = useT();
  const [checkUrls, setCheckUrls] = useState(false);
  const urls = useUrlChecks(release, checkUrls);
  const r = osReadiness(index, release, minSigners, urls.results);
  const urlState: State =
    r.urlProblems.length > 0 ? 'notReady' : r.urlsPending > 0 ? 'pending' : 'ready';
  return (
    <div>
      <h3 className="mb-1 text-sm font-semibold">{t('os.ready.title')}</h3>
      <ul className="flex flex-col gap-2 text-sm">
        <Item state={r.missing.length ? 'notReady' : 'ready'}>
          {r.previous === null
            ? t('os.ready.first')
            : r.missing.length === 0
              ? t('os.ready.platformsOk', { previous: r.previous })
              : t('os.ready.platformsMissing', {
                  previous: r.previous,
                  list: r.missing.map(assetName).join(', '),
                })}
        </Item>
        <Item state={r.underSigned.length ? 'notReady' : 'ready'}>
          <span>
            {r.underSigned.length === 0
              ? t('os.ready.signaturesOk', { n: minSigners })
              : t('os.ready.signaturesShort', {
                  n: minSigners,
                  list: r.underSigned.map((a) => assetName(a)).join(', '),
                })}
          </span>
        </Item>
        <Item state={urlState}>
          {urls.checking
            ? t('os.ready.urlsChecking')
            : !checkUrls
              ? t('os.ready.urlsNotChecked')
              : urlState === 'ready'
                ? t('os.ready.urlsOk')
                : t('os.ready.urlsProblems')}
          {r.urlProblems.length > 0 && (
            <ul className="ms-5 list-disc">
              {r.urlProblems.map((p) => (
                <li key={`${p.type}/${p.platform}/${p.url}`} className="break-all">
                  {assetName(p)}: <code>{p.url}</code> — {urlWhy(p, t)}
                </li>
              ))}
            </ul>
          )}
          <Button
            className="mt-1"
            disabled={urls.checking}
            onClick={() => (checkUrls ? urls.recheck() : setCheckUrls(true))}
          >
            {checkUrls ? t('os.ready.recheck') : t('os.ready.check')}
          </Button>
        </Item>
      </ul>
    </div>
  );
}
