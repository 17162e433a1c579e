/**
 * @module
 * The readiness checklists' "authorized signatures required per image" (N), one field for the
 * whole page, remembered per registry (lib/min-signers.ts). The field keeps what is typed (it
 * may be empty for a moment); N follows each whole number ≥ 1.
 */
import { useId, useState } from 'react';
import { fieldClass } from '../../../components/ui.tsx';
import { useT } from '../../../i18n/i18n.ts';

export function MinSignersField({
  value,
  onChange,
}: {
  value: number;
  onChange: (n: number) => void;
}) {
  const t = useT();
  const id = useId();
  const [typed, setTyped] = useState(String(value));
  const onTyped = (text: string) => {
    setTyped(text);
    const n = Number(text);
    if (text.trim() !== '' && Number.isSafeInteger(n) && n >= 1) onChange(n);
  };
  return (
    <p className="flex flex-wrap items-center gap-2 text-sm">
      <label htmlFor={id}>{t('os.ready.minSigners')}</label>
      <input
        id={id}
        type="number"
        min={1}
        step={1}
        value={typed}
        onChange={(e) => onTyped(e.target.value)}
        className={`${fieldClass} w-20`}
      />
    </p>
  );
}
