/**
 * @module
 * The board's filters: drifted rows only, one category, one signer (by key fingerprint).
 */
import { useId } from 'react';
import type { BoardFilter } from '../../../../core/registry/channel-filter.ts';
import { keyFingerprint, parsePublicKeyPem } from '../../../../core/sign/keys.ts';
import { SelectField, focusRing } from '../../../components/ui.tsx';
import { useT } from '../../../i18n/i18n.ts';

function fingerprint(pem: string): string {
  try {
    return keyFingerprint(parsePublicKeyPem(pem));
  } catch {
    return pem.slice(0, 40);
  }
}

export function BoardFilters({ filter, onChange, categories, signers }: { filter: BoardFilter; onChange: (f: BoardFilter) => void; categories: string[]; signers: string[] }) {
  const id = useId();
  const t = useT();
  return (
    <div className="flex flex-wrap items-end gap-4">
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" className={focusRing} checked={filter.driftedOnly} onChange={(e) => onChange({ ...filter, driftedOnly: e.target.checked })} />
        {t('channels.filter.driftedOnly')}
      </label>
      <SelectField id={`${id}-cat`} label={t('channels.filter.category')} value={filter.category ?? ''} onChange={(e) => onChange({ ...filter, category: e.target.value || null })}>
        <option value="">{t('channels.filter.anyCategory')}</option>
        {categories.map((c) => (
          <option key={c} value={c}>{c}</option>
        ))}
      </SelectField>
      <SelectField id={`${id}-signer`} label={t('channels.filter.signer')} value={filter.signer ?? ''} onChange={(e) => onChange({ ...filter, signer: e.target.value || null })} className="max-w-[20rem]">
        <option value="">{t('channels.filter.anySigner')}</option>
        {signers.map((s) => (
          <option key={s} value={s}>{fingerprint(s)}</option>
        ))}
      </SelectField>
    </div>
  );
}
