/**
 * @module
 * A signer's public keys: the list (fingerprints), and three ways to add: paste PEM text, drop
 * or choose `.pem` files (several at once), or the key unlocked in this console. Private keys
 * are refused and never kept.
 */
import { useId, useState } from 'react';
import { Badge, Button } from '../../../components/ui.tsx';
import { sameKey } from '../../../../core/registry/signer-directory.ts';
import { fingerprintOf, parseKeyText } from '../lib/signer-form.ts';
import { errorTextClass, hintClass, inputClass } from './styles.ts';
import { DropArea } from '../../../components/drop-area.tsx';
import { FilePickerButton } from '../../../components/file-picker-button.tsx';
import { useT } from '../../../i18n/i18n.ts';
import { Trans } from '../../../i18n/trans.tsx';

export interface KeysEditorProps {
  keys: string[];
  onChange: (keys: string[]) => void;
  myKeyPem: string | null;
  error?: string | null;
}

export function KeysEditor({ keys, onChange, myKeyPem, error }: KeysEditorProps) {
  const id = useId();
  const [text, setText] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const t = useT();
  const add = (found: string[], errors: string[]) => {
    const fresh = found.filter((k) => !keys.some((x) => sameKey(x, k)));
    setProblems(errors);
    if (fresh.length) onChange([...keys, ...fresh]);
    return errors.length === 0;
  };
  const addFiles = async (files: Iterable<File> | ArrayLike<File> | null) => {
    const found: string[] = [];
    const errors: string[] = [];
    for (const f of Array.from(files ?? [])) {
      const r =
        f.size > 64 * 1024
          ? { keys: [], errors: [t('signer.fileTooLarge', { file: f.name })] }
          : parseKeyText(await f.text(), f.name);
      found.push(...r.keys);
      errors.push(...r.errors);
    }
    add(found, errors);
  };
  const mine = myKeyPem !== null && keys.some((k) => sameKey(k, myKeyPem));

  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="text-sm font-medium">{t('signer.publicKeys')}</legend>
      <ul className="flex flex-col gap-1" aria-label={t('signer.keysOfSigner')}>
        {keys.map((k) => (
          <li key={k} className="flex flex-wrap items-center gap-2 text-sm">
            <code className="break-all text-xs">{fingerprintOf(k)}</code>
            {myKeyPem !== null && sameKey(k, myKeyPem) && <Badge tone="blue">{t('signer.yourKey')}</Badge>}
            <Button
              tone="ghost"
              aria-label={t('signer.removeKey', { fingerprint: fingerprintOf(k) })}
              onClick={() => onChange(keys.filter((x) => x !== k))}
            >
              {t('registries.remove')}
            </Button>
          </li>
        ))}
        {keys.length === 0 && <li className={hintClass}>{t('signer.noKeysYet')}</li>}
      </ul>
      <DropArea onFiles={(files) => void addFiles(files)} className="flex flex-col gap-2">
        <label htmlFor={`${id}-paste`} className="text-sm">
          <Trans k="signer.pasteKeys" />
        </label>
        <textarea
          id={`${id}-paste`}
          rows={3}
          className={`${inputClass} font-mono text-xs`}
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder="-----BEGIN PUBLIC KEY-----"
          spellCheck={false}
        />
        <div className="flex flex-wrap items-center gap-2">
          <Button
            disabled={text.trim() === ''}
            onClick={() => {
              const r = parseKeyText(text);
              if (add(r.keys, r.errors)) setText('');
            }}
          >
            {t('signer.addPasted')}
          </Button>
          <FilePickerButton
            id={`${id}-file`}
            accept=".pem,.pub,text/plain,application/x-pem-file"
            multiple
            className="text-sm"
            onFiles={(files) => void addFiles(files)}
          >
            {t('signer.chooseFiles')}
          </FilePickerButton>
          {myKeyPem !== null && !mine && (
            <Button onClick={() => add(parseKeyText(myKeyPem).keys, [])}>{t('signer.useMyKey')}</Button>
          )}
        </div>
      </DropArea>
      {problems.map((p) => (
        <p key={p} role="alert" className={errorTextClass}>
          {p}
        </p>
      ))}
      {error && <p className={errorTextClass}>{error}</p>}
    </fieldset>
  );
}
