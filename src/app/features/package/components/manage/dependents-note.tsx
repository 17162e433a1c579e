/**
 * @module
 * Which packages of this registry depend on the package being removed.
 */
import type { Dependent } from '../../lib/manage.ts';
import { useT } from '../../../../i18n/i18n.ts';

export function DependentsNote({ id, dependents }: { id: string; dependents: Dependent[] }) {
  const t = useT();
  if (dependents.length === 0) return <p>{t('manage.noDependents', { id })}</p>;
  return (
    <div>
      <p className="font-medium">{t('manage.dependents', { id })}</p>
      <ul className="list-disc ps-5">
        {dependents.map((d) => (
          <li key={d.id}>
            {d.title} (<span className="font-mono">{d.id}</span> {d.versions.join(', ')}){d.optional ? `, ${t('package.optional')}` : ''}
          </li>
        ))}
      </ul>
    </div>
  );
}
