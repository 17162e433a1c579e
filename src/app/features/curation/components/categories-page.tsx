/**
 * @module
 * Categories (design.md §4.5): the list with counts, the chosen category's work (rename, bulk
 * packages, delete with clean-up; held in the URL as `?c=<id>&do=<action>`), a form for a new
 * category and the dangling ids already on packages.
 */
import { useEffect, useRef } from 'react';
import { ErrorView } from '../../../components/error-view.tsx';
import { Button, Panel, Spinner } from '../../../components/ui.tsx';
import { useContentLanguage } from '../../../lib/language.ts';
import { useCategories, usePackageIndex } from '../../../lib/registry-queries.ts';
import { useRegistryScope } from '../../../lib/registry-scope.tsx';
import { categoryCounts, findDanglingCategories } from '../lib/category-cleanup.ts';
import { CategoryDelete } from './category-delete.tsx';
import { CategoryForm } from './category-form.tsx';
import { CategoryTable, type CategoryAction } from './category-table.tsx';
import { DanglingPanel } from './dangling-panel.tsx';
import { MembershipPanel } from './membership-panel.tsx';
import { useT, type MessageKey } from '../../../i18n/i18n.ts';
import { useAddressParams } from '../../../lib/use-address-params.tsx';

const ACTIONS: Record<CategoryAction, MessageKey> = { rename: 'category.panelRename', members: 'category.panelMembers', delete: 'category.panelDelete' };

export function CategoriesPage() {
  const { url } = useRegistryScope();
  const index = usePackageIndex();
  const list = useCategories();
  const [params, setParams] = useAddressParams();
  const heading = useRef<HTMLHeadingElement>(null);
  const title = useRef<HTMLHeadingElement>(null);
  const t = useT();
  const language = useContentLanguage();
  const c = params.get('c');
  const act = params.get('do');
  const current = c && act && Object.hasOwn(ACTIONS, act) ? { id: c, action: act as CategoryAction } : null;
  const open = current !== null;
  // the control that opened the panel, to give the focus back to when it closes
  const opener = useRef<Element | null>(null);
  useEffect(() => {
    if (!open) return;
    if (document.activeElement !== heading.current) opener.current = document.activeElement;
    heading.current?.focus();
  }, [open, c, act]);

  if (index.isPending || list.isPending) return <Spinner label={t('category.loading')} />;
  if (index.isError) return <ErrorView error={index.error} onRetry={() => void index.refetch()} />;
  if (list.isError) return <ErrorView error={list.error} onRetry={() => void list.refetch()} />;

  const defined = list.data;
  const sorted = Object.entries(defined).sort(([a], [b]) => a.localeCompare(b));
  const close = () => {
    setParams({}, { replace: true });
    // the panel (and the focused control in it) goes away: back to its opener, else the title
    const back = opener.current;
    opener.current = null;
    if (back instanceof HTMLElement && back.isConnected) back.focus();
    else title.current?.focus();
  };
  const category = current ? defined[current.id] : undefined;

  return (
    <div className="flex flex-col gap-6">
      <h1 ref={title} tabIndex={-1} className="text-xl font-semibold">
        {t('curate.categories')}
      </h1>
      <CategoryTable
        url={url}
        categories={sorted}
        counts={categoryCounts(index.data)}
        language={language}
        current={current}
        onAction={(id, action) => setParams({ c: id, do: action })}
      />
      {current && (
        // Escape closes the panel, like the Close button
        <div onKeyDown={(e) => e.key === 'Escape' && close()}>
          <Panel
            title={
              <span ref={heading} tabIndex={-1}>
                {t(ACTIONS[current.action], { id: current.id })}
              </span>
            }
            actions={
              <Button tone="ghost" onClick={close} aria-label={t('category.closePanel')}>
                {t('common.close')}
              </Button>
            }
          >
            {current.action === 'delete' ? (
              <CategoryDelete key={current.id} id={current.id} index={index.data} onClose={close} />
            ) : !category ? (
              <p className="text-sm">{t('category.gone', { id: current.id })}</p>
            ) : current.action === 'rename' ? (
              <CategoryForm key={current.id} edit={{ id: current.id, name: category.name }} existing={Object.keys(defined)} onDone={close} />
            ) : (
              <MembershipPanel key={current.id} category={current.id} index={index.data} />
            )}
          </Panel>
        </div>
      )}
      <Panel title={t('category.new')}>
        <CategoryForm existing={Object.keys(defined)} />
      </Panel>
      <DanglingPanel dangling={findDanglingCategories(index.data, defined)} />
    </div>
  );
}
