/**
 * @module
 * Query keys of the key vault, general to specific (style.md §2.4): invalidating
 * `vaultKeys.all` refreshes everything the vault shows.
 */
export const vaultKeys = {
  all: ['vault'] as const,
  lists: () => [...vaultKeys.all, 'list'] as const,
  settings: () => [...vaultKeys.all, 'settings'] as const,
  fingerprint: (publicKeyPem: string) => [...vaultKeys.all, 'fingerprint', publicKeyPem] as const,
};
