/**
 * @module
 * Export form of a key card: asks for the passphrase again, then downloads
 * `developer.key.pem`. The PEM never enters React state.
 */
import { toast } from '../../../components/live-region.tsx';
import { EXPORT_FILE_NAME, useExportKey } from '../api/export-key.ts';
import type { VaultRecord } from '../../../lib/vault/vault-record.ts';
import { PassphrasePrompt } from './passphrase-prompt.tsx';

export function ExportKeyPrompt({ id, record, onClose }: { id: string; record: VaultRecord; onClose: () => void }) {
  const exporter = useExportKey();
  return (
    <PassphrasePrompt
      id={id}
      record={record}
      submitLabel={`Download ${EXPORT_FILE_NAME}`}
      busyLabel="Decrypting…"
      busy={exporter.isPending}
      error={exporter.error}
      description={
        <p className="text-sm">
          Enter the passphrase again to download <code className="font-mono">{EXPORT_FILE_NAME}</code>. Anyone who has this file can sign as
          this key: keep it offline, and never paste it into a website or a chat.
        </p>
      }
      onCancel={onClose}
      onSubmit={(input) =>
        exporter.mutate(input, {
          onSuccess: ({ fileName }) => {
            toast('success', `Downloaded ${fileName} for "${record.name}".`);
            onClose();
          },
        })
      }
    />
  );
}
