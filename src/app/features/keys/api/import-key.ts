/**
 * @module
 * Imports a `developer.key.pem` (PKCS#8 v2 as written by `start-cli init-key` and
 * `npm run keygen`, or v1 as written by OpenSSL / node:crypto) and stores it encrypted.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { EncryptOptions } from '../../../lib/vault/vault-crypto.ts';
import { importKeyPem } from '../../../lib/vault/vault-actions.ts';
import { vaultKeys } from '../../../lib/vault/vault-keys.ts';

export { importKeyPem };

export interface ImportKeyInput {
  name: string;
  pem: string;
  passphrase: string;
}

export function useImportKey(options: EncryptOptions = {}) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: ImportKeyInput) => importKeyPem(input.name, input.pem, input.passphrase, options),
    // The variables hold a private key and a passphrase: drop them as soon as nothing observes them.
    gcTime: 0,
    onSuccess: () => qc.invalidateQueries({ queryKey: vaultKeys.lists() }),
  });
}
