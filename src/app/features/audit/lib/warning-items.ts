/**
 * @module
 * Warnings as the admin pages list them: one sentence each and the links to where it is fixed
 * (a signer's form, a package's scopes, mirror health, a package page). Long lists of packages
 * or variants are cut to {@link WARNING_LINK_LIMIT} links and "and K more".
 */
import type { AccessWarning } from '../../../../core/registry/access-warnings.ts';
import type { Translate } from '../../../i18n/i18n.ts';
import { boundedList } from '../../../lib/bounded-list.ts';
import { paths } from '../../../lib/paths.ts';

/** Most links one warning lists before "and K more". */
export const WARNING_LINK_LIMIT = 8;

export interface WarningLink {
  href: string;
  label: string;
}

export interface WarningItem {
  key: string;
  text: string;
  links: WarningLink[];
  /** "and K more packages", or null. */
  more: string | null;
}

/** The first links of a long list and the "and K more" of the rest. */
export function boundedLinks(links: readonly WarningLink[], what: 'package' | 'version', t: Translate): Pick<WarningItem, 'links' | 'more'> {
  const { shown, more } = boundedList(links, WARNING_LINK_LIMIT);
  // not bounded-list's moreText: its keys are in the first download, these need not be
  return { links: shown, more: more > 0 ? t(what === 'package' ? 'list.morePackages' : 'list.moreVersions', { count: more }) : null };
}

/** The item of one access-review warning on registry `url`. */
export function accessWarningItem(w: AccessWarning, url: string, t: Translate): WarningItem {
  const edit = (s: { guid: string; name: string }) => ({ href: paths.registry.curate.signers.getHref(url, { edit: s.guid }), label: t('audit.fix.editSigner', { name: s.name || s.guid }) });
  switch (w.kind) {
    case 'single-admin':
      return { key: `single-admin ${w.admin.guid}`, text: t('audit.warn.singleAdmin', { name: w.admin.name }), links: [{ href: paths.registry.curate.signers.getHref(url), label: t('audit.fix.addAdmin') }], more: null };
    case 'shared-key':
      return {
        key: `shared-key ${w.fingerprint}`,
        text: t('audit.warn.sharedKey', { fingerprint: w.fingerprint, count: w.holders.length, names: w.holders.map((h) => h.name).join(', '), first: w.holders[0]!.name }),
        links: w.holders.map(edit),
        more: null,
      };
    case 'admin-without-contact':
      return { key: `no-contact ${w.admin.guid}`, text: t('audit.warn.adminWithoutContact', { name: w.admin.name }), links: [edit(w.admin)], more: null };
    case 'scoped-removal':
      return {
        key: `scoped-removal ${w.signer.guid}`,
        text: t('audit.warn.scopedRemoval', { name: w.signer.name, count: w.packages.length }),
        ...boundedLinks(
          w.packages.map((p) => ({ href: paths.registry.curate.scopes.getHref(url, { pkg: p.id }), label: `${p.id} (${p.range})` })),
          'package',
          t,
        ),
      };
  }
}
