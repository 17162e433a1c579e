/**
 * @module
 * Remove a signer, explaining the registry's cascade first (spec registry-api.md §4.7): their
 * scope on every package, their OS-release rights and their admin status go too. The only admin
 * cannot be removed.
 */
import { announce } from '../../../components/live-region.tsx';
import { Button } from '../../../components/ui.tsx';
import { useRemoveSigner } from '../api/remove-signer.ts';
import { checkAdminAction } from '../../../lib/admin-guard.ts';
import { ActionError } from './action-error.tsx';
import { warnBoxClass } from './styles.ts';

export interface RemoveSignerProps {
  guid: string;
  name: string;
  admins: string[];
  me: string | null;
  scopes: [string, string][];
  onClose: () => void;
  onRemoved: () => void;
}

export function RemoveSigner({ guid, name, admins, me, scopes, onClose, onRemoved }: RemoveSignerProps) {
  const remove = useRemoveSigner();
  const verdict = checkAdminAction({ admins, target: guid, me, action: 'remove' });
  if (!verdict.allowed) {
    return (
      <div role="alert" className={`${warnBoxClass} flex flex-col gap-2`}>
        <p>{verdict.reason}</p>
        <Button className="self-start" onClick={onClose}>
          Close
        </Button>
      </div>
    );
  }
  const isAdmin = admins.includes(guid);
  return (
    <div className="flex flex-col gap-3 rounded-md border border-red-300 p-3 text-sm dark:border-red-800" role="group" aria-label={`Remove ${name}`}>
      <p className="font-medium">Remove {name}? The registry also removes, with no way back:</p>
      <ul className="list-disc pl-5">
        <li>
          {scopes.length === 0 ? 'no package scopes (there are none)' : `the scope on ${scopes.length} package${scopes.length === 1 ? '' : 's'}: ${scopes.map(([id, r]) => `${id} (${r})`).join(', ')}`}
        </li>
        <li>any rights on StartOS releases</li>
        {isAdmin && <li>administrator rights</li>}
      </ul>
      <p className="text-slate-600 dark:text-slate-400">Versions they already published stay, with their signatures.</p>
      {verdict.warning && <p className={warnBoxClass}>{verdict.warning}</p>}
      <ActionError action="signer.remove" error={remove.error} />
      <div className="flex flex-wrap gap-2">
        <Button
          tone="danger"
          disabled={remove.isPending}
          onClick={() =>
            remove.mutate(guid, {
              onSuccess: () => {
                announce(`Signer ${name} removed${scopes.length ? `, with ${scopes.length} scope${scopes.length === 1 ? '' : 's'}` : ''}.`);
                onRemoved();
              },
            })
          }
        >
          {remove.isPending ? 'Removing…' : `Remove ${name}`}
        </Button>
        <Button onClick={onClose} disabled={remove.isPending}>
          Cancel
        </Button>
      </div>
    </div>
  );
}
