/**
 * @module
 * Which packages of this registry depend on the package being removed.
 */
import type { Dependent } from '../../lib/manage.ts';

export function DependentsNote({ id, dependents }: { id: string; dependents: Dependent[] }) {
  if (dependents.length === 0) return <p>No package in this registry depends on {id}.</p>;
  return (
    <div>
      <p className="font-medium">Packages in this registry that depend on {id}:</p>
      <ul className="list-disc pl-5">
        {dependents.map((d) => (
          <li key={d.id}>
            {d.title} (<span className="font-mono">{d.id}</span> {d.versions.join(', ')}){d.optional ? ', optional' : ''}
          </li>
        ))}
      </ul>
    </div>
  );
}
