import { describe, expect, it } from 'vitest';
import { remoteError } from '../../../../core/rpc/envelope.ts';
import { CANCELLED } from '../../../lib/bulk-run.ts';
import { describeCurationError } from './curation-errors.ts';

const remote = (code: number, details: string) => remoteError('m', { code, message: 'x', data: { details } });

describe('describeCurationError', () => {
  it('gives the same code a meaning per action', () => {
    expect(describeCurationError('scope.set', remote(6, 'hello-world')).title).toMatch(/package is no longer/);
    expect(describeCurationError('signer.edit', remote(6, 'G')).title).toMatch(/signer no longer exists/);
    const dup = describeCurationError('signer.add', remote(38, 'A signer X (Alice) already exists with a matching key'));
    expect(dup.title).toMatch(/already belongs to another signer/);
    expect(dup.details).toMatch(/Alice/);
    expect(dup.code).toBe('38');
  });

  it('explains 34 as lost admin rights for every action', () => {
    expect(describeCurationError('identity.name', remote(34, 'Unauthorized')).title).toMatch(/not \(or no longer\) an administrator/);
  });

  it('falls back to the console-wide messages', () => {
    expect(describeCurationError('category.save', remote(31, 'timestamp')).title).toMatch(/signature was rejected/);
    expect(describeCurationError('category.save', new Error('boom')).details).toBe('boom');
    expect(describeCurationError('category.membership', CANCELLED).title).toMatch(/cancelled/);
  });
});
