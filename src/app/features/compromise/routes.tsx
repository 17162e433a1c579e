/**
 * @module
 * The key-compromise response (issue 17 item 3), across every saved registry: choose the key
 * (pasted or picked), see what it signed on each registry, then respond step by step — remove
 * it from its signer, revoke admin status, remove (or keep) the variants it signed — each item
 * signed by its registry's acting key, with a printable, downloadable report.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { findKeyUse, keyChoices } from '../../../core/registry/key-compromise.ts';
import { RESPONSE_STEPS } from '../../../core/registry/key-response.ts';
import { describeError } from '../../lib/error-messages.ts';
import { Button, EmptyNote, Panel, Spinner } from '../../components/ui.tsx';
import { useT } from '../../i18n/i18n.ts';
import { focusSuspect, forgetFindings, keepFindings, useResponse } from './api/response-store.ts';
import { actingKeyPem } from './api/run-response.ts';
import { useRegistryData } from './api/use-registry-data.ts';
import { KeyInput } from './components/key-input.tsx';
import { RegistryFindings } from './components/registry-findings.tsx';
import { ReportPanel } from './components/report-panel.tsx';
import { ResponseStep } from './components/response-step.tsx';
import { stepRows } from './lib/step-rows.ts';

export function KeyCompromisePage() {
  const t = useT();
  const { registries, loading } = useRegistryData();
  const { suspect, log, items, found: kept, firstFound, running } = useResponse();
  const [checking, setChecking] = useState(false);
  // a key chosen (pasted or picked): its findings' heading takes the focus
  const findingsTitle = useRef<HTMLSpanElement>(null);
  const [asked, setAsked] = useState(0);
  useEffect(() => {
    if (asked > 0) findingsTitle.current?.focus();
  }, [asked]);
  const chooseKey = (key: Parameters<typeof focusSuspect>[0]) => {
    focusSuspect(key);
    setAsked((n) => n + 1);
  };
  const stamp = registries.map((r) => `${r.scope.url}=${r.stamp}`).join(' ');
  // findings depend only on the snapshots, which change exactly when `stamp` does
  const live = useMemo(
    () => registries.map((data) => ({ data, findings: suspect && data.snapshot ? findKeyUse(data.snapshot, suspect.pem) : null })),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [stamp, suspect],
  );
  // the response works on what was found first; the registries change under it
  useEffect(() => {
    if (!checking) for (const { data, findings } of live) if (findings && data.settled) keepFindings(data.scope.url, findings);
  }, [live, checking]);
  const found = live.map(({ data, findings }) => ({ data, findings: kept[data.scope.url] ?? findings }));
  const checkAgain = async () => {
    setChecking(true);
    await Promise.all(registries.map((r) => r.refetch()));
    forgetFindings();
    setChecking(false);
  };
  const choices = useMemo(
    () => keyChoices(registries.map((r) => ({ registry: r.scope.url, signers: r.snapshot?.signers ?? null }))),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [stamp],
  );
  const reports = found.map(({ data, findings }) => ({
    registry: data.scope.url,
    label: data.label,
    findings: firstFound[data.scope.url] ?? findings,
    error: data.error === null ? null : describeError(data.error, t).title,
  }));

  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">{t('compromise.title')}</h1>
      <p className="text-sm text-slate-600 dark:text-slate-400 print:hidden">{t('compromise.intro')}</p>
      <Panel title={t('compromise.input.title')} className="print:hidden">
        {loading ? <Spinner /> : registries.length === 0 ? <EmptyNote>{t('compromise.noRegistries')}</EmptyNote> : <KeyInput choices={choices} onKey={chooseKey} disabled={running !== null} />}
      </Panel>
      {suspect && (
        <>
          <Panel
            title={
              <span ref={findingsTitle} tabIndex={-1} className="break-all">
                {t('compromise.findings', { fingerprint: suspect.fingerprint })}
              </span>
            }
            actions={
              <Button className="print:hidden" disabled={checking || running !== null} onClick={() => void checkAgain()}>
                {t('compromise.checkAgain')}
              </Button>
            }
          >
            <div className="flex flex-col gap-3" data-testid="findings">
              {found.map(({ data, findings }) => (
                <RegistryFindings key={data.scope.url} data={data} findings={findings} />
              ))}
            </div>
          </Panel>
          <div className="flex flex-col gap-4 print:hidden">
            {RESPONSE_STEPS.map((step, i) => (
              <ResponseStep key={step} step={step} number={i + 1} rows={stepRows(step, found, actingKeyPem, t, items)} />
            ))}
          </div>
          <ReportPanel suspect={suspect} registries={reports} log={log} />
        </>
      )}
    </div>
  );
}
