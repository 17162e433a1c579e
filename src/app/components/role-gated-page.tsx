/**
 * @module
 * A registry page for some roles only: its heading and blurb, then, once the unlocked key's
 * role is known, the page for a role it admits, or why not (never buttons that can only fail);
 * and the key that signs its calls (acting-key.tsx).
 */
import type { ReactNode } from 'react';
import { useT } from '../i18n/i18n.ts';
import { useRole } from '../lib/registry-queries.ts';
import { describeRole, type Role } from '../lib/role.ts';
import { ActingKey } from './acting-key.tsx';
import { ErrorView } from './error-view.tsx';
import { Spinner } from './ui.tsx';

export interface RoleGatedPageProps {
  title: string;
  about: string;
  /** What the page shows for `role`, or null when the role is not admitted. */
  render: (role: Role) => ReactNode | null;
  /** Why others get nothing ("… is for administrators."). */
  refusal: string;
}

export function RoleGatedPage({ title, about, render, refusal }: RoleGatedPageProps) {
  const role = useRole();
  const t = useT();
  const content = role.data ? render(role.data) : null;
  return (
    <div className="flex flex-col gap-4">
      <div>
        <h1 className="text-2xl font-semibold">{title}</h1>
        <p className="text-sm text-slate-600 dark:text-slate-400">{about}</p>
        <ActingKey className="mt-1" />
      </div>
      {role.isPending ? (
        <Spinner label={t('curate.checkingRole')} />
      ) : role.isError ? (
        <ErrorView error={role.error} onRetry={() => void role.refetch()} />
      ) : content !== null ? (
        content
      ) : (
        <p role="alert" className="text-sm">
          {refusal} {describeRole(role.data)}
        </p>
      )}
    </div>
  );
}
