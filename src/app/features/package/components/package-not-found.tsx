/**
 * @module
 * The state for a package id this registry does not have (or a version it does not have).
 */
import { Link } from 'react-router';
import { focusRing } from '../../../components/ui.tsx';

export function PackageNotFound({ id, browseHref }: { id: string; browseHref: string }) {
  return (
    <div className="rounded-lg border border-dashed border-slate-300 p-8 text-center dark:border-slate-700">
      <h1 className="text-xl font-semibold">Package not found on this registry</h1>
      <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">
        <code>{id || '(no id)'}</code> is not on this registry. It may have been removed, or the
        link points to another registry.
      </p>
      <Link
        to={browseHref}
        className={`mt-3 inline-block text-blue-700 underline dark:text-blue-400 ${focusRing}`}
      >
        Browse this registry’s packages
      </Link>
    </div>
  );
}

export function VersionMissing({ requested, shown }: { requested: string; shown: string | null }) {
  return (
    <p
      role="status"
      className="rounded-md border border-amber-300 bg-amber-50 p-2 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100"
    >
      Version <code>{requested}</code> is not on this registry
      {shown !== null && (
        <>
          ; showing <code>{shown}</code> instead
        </>
      )}
      .
    </p>
  );
}
