/**
 * @module
 * fast-check arbitraries for JSON values that share structure: few keys (including awkward ones),
 * small containers, so two draws differ in places rather than everywhere.
 */
import fc from 'fast-check';

export const AWKWARD_KEYS = ['a', 'b', '__proto__', 'x/y~z', '', 'q"\\u'] as const;

export const overlappingJson: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(null, true, false, 0, 1, -0, 2.5, -1e-9, 1e21, '', 'a'),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.constantFrom(...AWKWARD_KEYS), tie('value'), { maxKeys: 4 }),
  ),
})).value;
