/**
 * @module
 * Create a category (id + name) or rename one (`package.category.add` overwrites). What was
 * typed stays in the form when the registry refuses it.
 */
import { useState, type FormEvent } from 'react';
import { announce } from '../../../components/live-region.tsx';
import { Button, TextField } from '../../../components/ui.tsx';
import type { LocaleString } from '../../../../core/rpc/types.ts';
import { useSaveCategory } from '../api/save-category.ts';
import { categoryIdError, emptyNameDraft, nameDraftOf, nameFromDraft, sameLocaleString } from '../lib/category-name.ts';
import { ActionError } from './action-error.tsx';
import { NameEditor } from './name-editor.tsx';
import { useT } from '../../../i18n/i18n.ts';

export interface CategoryFormProps {
  /** Rename this category; absent = create a new one. */
  edit?: { id: string; name: LocaleString };
  existing: string[];
  onDone?: () => void;
}

export function CategoryForm({ edit, existing, onDone }: CategoryFormProps) {
  const save = useSaveCategory();
  const [id, setId] = useState(edit?.id ?? '');
  const [draft, setDraft] = useState(() => (edit ? nameDraftOf(edit.name) : emptyNameDraft()));
  const [errors, setErrors] = useState<{ id: string | null; name: string | null }>({ id: null, name: null });
  const prefix = edit ? `rename-${edit.id}` : 'new-category';
  const t = useT();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const idError = edit ? null : categoryIdError(id.trim(), existing);
    const name = nameFromDraft(draft);
    setErrors({ id: idError, name: name.ok ? null : name.error });
    if (idError || !name.ok) return;
    if (edit && sameLocaleString(edit.name, name.name)) {
      announce(t('category.unchanged'));
      onDone?.();
      return;
    }
    const target = edit?.id ?? id.trim();
    save.mutate(
      { id: target, name: name.name },
      {
        onSuccess: () => {
          announce(t(edit ? 'category.renamed' : 'category.created', { id: target }));
          if (!edit) {
            setId('');
            setDraft(emptyNameDraft());
          }
          onDone?.();
        },
      },
    );
  };

  return (
    <form onSubmit={submit} className="flex flex-col gap-4" aria-label={edit ? t('category.renameForm', { id: edit.id }) : t('category.new')} noValidate>
      {!edit && (
        <TextField
          id={`${prefix}-id`}
          label={t('category.id')}
          value={id}
          onChange={(e) => setId(e.target.value)}
          error={errors.id}
          hint={t('category.idHint')}
          autoComplete="off"
          spellCheck={false}
        />
      )}
      <NameEditor idPrefix={prefix} draft={draft} onChange={setDraft} error={errors.name} />
      <ActionError action="category.save" error={save.error} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" tone="primary" disabled={save.isPending}>
          {save.isPending ? t('common.saving') : edit ? t('category.saveName') : t('category.create')}
        </Button>
        {onDone && (
          <Button onClick={onDone} disabled={save.isPending}>
            {t('common.cancel')}
          </Button>
        )}
      </div>
    </form>
  );
}

