/**
 * @module
 * Exports a stored key as `developer.key.pem` (PKCS#8 v2, byte-identical to what
 * `start-cli init-key` writes), after the passphrase has been entered again. The PEM goes
 * straight into a Blob download: it is never returned, kept in query state or put in a URL
 * (the blob: URL is an opaque handle, revoked shortly after the click).
 */
import { useMutation } from '@tanstack/react-query';
import { encodePrivateKeyPem } from '../../../../core/sign/keys.ts';
import { openKeyRecord } from '../../../lib/vault/vault-record.ts';
import { getRecord } from '../../../lib/vault/vault-store.ts';

export const EXPORT_FILE_NAME = 'developer.key.pem';

export interface ExportKeyInput {
  id: string;
  passphrase: string;
}

/** Saves a Blob under a file name (the browser's download, or a test double). */
export type SaveFile = (file: Blob, fileName: string) => void;

export const downloadFile: SaveFile = (file, fileName) => {
  const url = URL.createObjectURL(file);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // Some browsers start reading the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
};

/**
 * Decrypts the key and hands its PEM to `save`; returns only the file name.
 * @throws VaultError `VAULT_WRONG_PASSPHRASE`, `VAULT_CORRUPT`, `VAULT_NOT_FOUND`, `VAULT_BAD_RECORD`.
 */
export async function exportKey(input: ExportKeyInput, save: SaveFile = downloadFile): Promise<{ fileName: string }> {
  const record = await getRecord(input.id);
  const seed = await openKeyRecord(record, input.passphrase);
  try {
    save(new Blob([encodePrivateKeyPem(seed)], { type: 'application/x-pem-file' }), EXPORT_FILE_NAME);
  } finally {
    seed.fill(0);
  }
  return { fileName: EXPORT_FILE_NAME };
}

export function useExportKey(save: SaveFile = downloadFile) {
  return useMutation({ mutationFn: (input: ExportKeyInput) => exportKey(input, save), gcTime: 0 });
}
