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
          ? { keys: [], errors: [`${f.name} is too large to be a key file.`] }
          : parseKeyText(await f.text(), f.name);
      found.push(...r.keys);
      errors.push(...r.errors);
    }
    add(found, errors);
  };
  const mine = myKeyPem !== null && keys.some((k) => sameKey(k, myKeyPem));

  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="text-sm font-medium">Public keys</legend>
      <ul className="flex flex-col gap-1" aria-label="Keys of this signer">
        {keys.map((k) => (
          <li key={k} className="flex flex-wrap items-center gap-2 text-sm">
            <code className="break-all text-xs">{fingerprintOf(k)}</code>
            {myKeyPem !== null && sameKey(k, myKeyPem) && <Badge tone="blue">your key</Badge>}
            <Button
              tone="ghost"
              aria-label={`Remove key ${fingerprintOf(k)}`}
              onClick={() => onChange(keys.filter((x) => x !== k))}
            >
              Remove
            </Button>
          </li>
        ))}
        {keys.length === 0 && <li className={hintClass}>No keys yet.</li>}
      </ul>
      <DropArea onFiles={(files) => void addFiles(files)} className="flex flex-col gap-2">
        <label htmlFor={`${id}-paste`} className="text-sm">
          Paste public keys (PEM), or drop <code>.pem</code> files here
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
            Add pasted keys
          </Button>
          <FilePickerButton
            id={`${id}-file`}
            accept=".pem,.pub,text/plain,application/x-pem-file"
            multiple
            className="text-sm"
            onFiles={(files) => void addFiles(files)}
          >
            Choose key files
          </FilePickerButton>
          {myKeyPem !== null && !mine && (
            <Button onClick={() => add(parseKeyText(myKeyPem).keys, [])}>Use my current key</Button>
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
