/**
 * @module
 * Grant or change a signer's scope on a package (`package.signer.add`): the range field and
 * builder, the explicit replace-vs-merge choice with the old and the resulting range (merge is
 * `old || new`, printed as the registry will store it), and the versions covered.
 */
import { useId, useState, type FormEvent } from 'react';
import { announce } from '../../../components/live-region.tsx';
import { Button } from '../../../components/ui.tsx';
import type { SignerInfo } from '../../../../core/rpc/types.ts';
import { useSetPackageScope } from '../api/set-package-scope.ts';
import { rangeEditorState, type ScopeMode } from '../../../lib/range-editor.ts';
import { ActionError } from './action-error.tsx';
import { ClauseBuilder } from '../../../components/clause-builder.tsx';
import { CoverageTable } from './coverage-table.tsx';
import { RangeField } from '../../../components/range-field.tsx';
import { ScopeModeChoice } from './scope-mode-choice.tsx';
import { inputClass } from './styles.ts';
import { ownValue } from '../../../../core/registry/own-key.ts';
import { useT } from '../../../i18n/i18n.ts';
import { Trans } from '../../../i18n/trans.tsx';

export interface ScopeEditorProps {
  pkg: string;
  versions: string[];
  signers: Record<string, SignerInfo>;
  /** Current scopes on the package: guid → range. */
  current: Record<string, string>;
  signer: string | null;
  onDone: () => void;
}

export function ScopeEditor({ pkg, versions, signers, current, signer: fixed, onDone }: ScopeEditorProps) {
  const id = useId();
  const save = useSetPackageScope();
  const [signer, setSigner] = useState(fixed ?? '');
  const [text, setText] = useState('');
  const [mode, setMode] = useState<ScopeMode | null>(null);
  const existing = signer ? (ownValue(current, signer) ?? null) : null;
  const state = rangeEditorState(text, existing, versions, mode ?? 'replace');
  const needsMode = existing !== null && mode === null;
  const name = ownValue(signers, signer)?.name ?? signer;
  const ready = signer !== '' && state.parsed.ok && !needsMode && !state.unchanged;
  const t = useT();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!ready || !state.parsed.ok) return;
    save.mutate(
      { id: pkg, signer, versions: state.parsed.printed, merge: existing !== null && mode === 'merge' },
      {
        onSuccess: () => {
          announce(t('scope.granted', { name, id: pkg, range: state.result ?? '' }));
          onDone();
        },
      },
    );
  };

  return (
    <form onSubmit={submit} className="flex flex-col gap-4" aria-label={t('scope.formLabel', { id: pkg })} noValidate>
      {fixed === null ? (
        <label className="flex flex-col gap-1 text-sm font-medium" htmlFor={`${id}-signer`}>
          {t('registry.roleSigner')}
          <select id={`${id}-signer`} className={inputClass} value={signer} onChange={(e) => {
              setSigner(e.target.value);
              setMode(null);
            }}>
            <option value="">{t('scope.chooseSigner')}</option>
            {Object.entries(signers)
              .sort(([, a], [, b]) => a.name.localeCompare(b.name))
              .map(([g, s]) => (
                <option key={g} value={g}>
                  {s.name}
                  {current[g] !== undefined ? ` ${t('scope.has', { range: current[g] })}` : ''}
                </option>
              ))}
          </select>
        </label>
      ) : (
        <p className="text-sm">
          <Trans k="scope.signerIs" values={{ name, strong: (c) => <strong>{c}</strong> }} />
        </p>
      )}
      <RangeField id={`${id}-range`} value={text} parsed={state.parsed} onChange={setText} />
      <ClauseBuilder value={text} onChange={setText} />
      {existing !== null && <ScopeModeChoice name={`${id}-mode`} mode={mode} onChange={setMode} existing={state.existing ?? existing} pkg={pkg} text={text} />}
      {existing === null && state.result !== null && (
        <p className="text-sm">
          <Trans k="scope.newScope" values={{ name, id: pkg, range: state.result, code: (c) => <code className="rounded bg-slate-100 px-1 dark:bg-slate-800">{c}</code> }} />
        </p>
      )}
      <CoverageTable state={state} hasExisting={existing !== null} />
      {state.unchanged && <p className="text-sm text-slate-600 dark:text-slate-400">{t('scope.unchanged')}</p>}
      <ActionError action="scope.set" error={save.error} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" tone="primary" disabled={!ready || save.isPending}>
          {save.isPending ? t('common.saving') : existing === null ? t('scope.grantButton') : mode === 'merge' ? t('scope.mergeButton') : t('scope.replaceButton')}
        </Button>
        <Button onClick={onDone} disabled={save.isPending}>
          {t('common.cancel')}
        </Button>
      </div>
      {needsMode && state.parsed.ok && <p className="text-xs text-slate-600 dark:text-slate-400">{t('scope.chooseMode')}</p>}
    </form>
  );
}
