/**
 * @module
 * Export form of a key card: asks for the passphrase again, then downloads
 * `developer.key.pem`. The PEM never enters React state.
 */
import { toast } from '../../../components/live-region.tsx';
import { EXPORT_FILE_NAME, useExportKey } from '../api/export-key.ts';
import type { VaultRecord } from '../../../lib/vault/vault-record.ts';
import { PassphrasePrompt } from './passphrase-prompt.tsx';
import { useT } from '../../../i18n/i18n.ts';
import { Trans } from '../../../i18n/trans.tsx';

export function ExportKeyPrompt({ id, record, onClose }: { id: string; record: VaultRecord; onClose: () => void }) {
  const exporter = useExportKey();
  const t = useT();
  return (
    <PassphrasePrompt
      id={id}
      record={record}
      submitLabel={t('keys.download', { file: EXPORT_FILE_NAME })}
      busyLabel={t('keys.decrypting')}
      busy={exporter.isPending}
      error={exporter.error}
      description={
        <p className="text-sm">
          <Trans k="keys.exportAbout" values={{ file: EXPORT_FILE_NAME }} />
        </p>
      }
      onCancel={onClose}
      onSubmit={(input) =>
        exporter.mutate(input, {
          onSuccess: ({ fileName }) => {
            toast('success', t('keys.downloaded', { file: fileName, name: record.name }));
            onClose();
          },
        })
      }
    />
  );
}
