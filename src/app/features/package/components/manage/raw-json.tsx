/**
 * @module
 * The raw JSON of a version record as `package.index` returns it, with a copy button.
 */
import type { PackageVersionInfo } from '../../../../../core/rpc/types.ts';
import { CopyButton } from '../../../../components/copy-button.tsx';
import { Disclosure } from '../disclosure.tsx';
import { useT } from '../../../../i18n/i18n.ts';

export function RawJson({ version, info }: { version: string; info: PackageVersionInfo }) {
  const text = JSON.stringify(info, null, 2);
  const t = useT();
  return (
    <Disclosure label={t('manage.rawJson', { version })}>
      <div className="flex flex-col gap-1">
        <div>
          <CopyButton value={text} what={t('manage.jsonWhat', { version })} />
        </div>
        <pre tabIndex={0} aria-label={t('manage.jsonRecord', { version })} className="max-h-96 overflow-auto rounded-md bg-slate-100 p-2 text-xs dark:bg-slate-800">
          {text}
        </pre>
      </div>
    </Disclosure>
  );
}
