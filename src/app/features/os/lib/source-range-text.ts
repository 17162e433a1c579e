/**
 * @module
 * A release's upgrade-source range in words, in the viewer's language ("devices on 0.3.5 or
 * later may upgrade"), from the sentence shapes of core/registry/source-range.ts.
 */
import type { SourceRangeWords } from '../../../../core/registry/source-range.ts';
import type { Translate } from '../../../i18n/i18n.ts';

const ANCHOR = {
  '>=': 'os.source.atLeast',
  '>': 'os.source.above',
  '<': 'os.source.below',
  '<=': 'os.source.atMost',
  '=': 'os.source.exactly',
  '!=': 'os.source.except',
} as const;

export function sourceRangeText(w: SourceRangeWords, t: Translate): string {
  switch (w.kind) {
    case 'any':
      return t('os.source.any');
    case 'none':
      return t('os.source.none');
    case 'anchor':
      return t(ANCHOR[w.op], { version: w.version });
    case 'between':
      return t(w.toInclusive ? 'os.source.betweenInclusive' : 'os.source.between', {
        from: w.from,
        to: w.to,
      });
    case 'other':
      return t('os.source.other', { range: w.range });
    case 'invalid':
      return t('os.source.invalid', { range: w.text });
  }
}
