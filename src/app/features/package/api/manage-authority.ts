/**
 * @module
 * What the unlocked key may change on the package page (design.md §4.4): an administrator
 * anything, a signer within its scopes. Apart from the write actions (manage.ts), which are
 * downloaded with the Manage section.
 */
import type { Authority } from '../../../../core/registry/authority.ts';
import { useRole } from '../../../lib/registry-queries.ts';
import type { Role } from '../../../lib/role.ts';

/** What the unlocked key may do here (null: nothing to manage). */
export function useManageAuthority(): Authority | null {
  const role: Role | undefined = useRole().data;
  if (role?.kind === 'admin') return { admin: true, scopes: role.scopes };
  if (role?.kind === 'signer') return { admin: false, scopes: role.scopes };
  return null;
}
