/**
 * `npm run verify-history -- <file>`: checks every line of a history exported by the console
 * (JSON Lines, issue #14 item 5): its shape, that the fingerprint is its key's, and the
 * Ed25519ph signature (context `registry-console-history`) over the line's RFC 8785 canonical
 * JSON without `signature`. Prints one result per line; exits 1 if any line fails (or none).
 */
import { splitJsonLines, verifyHistoryLine } from '../core/history/history-line.ts';
import { verifyPh } from '../core/sign/ed25519ph.ts';
import { fail, readFileArgument } from './args.ts';

const USAGE = 'usage: npm run verify-history -- <history.jsonl>';
const { file, text } = readFileArgument(process.argv.slice(2), USAGE);

const lines = splitJsonLines(text);
let failed = 0;
for (const { n, text: line } of lines) {
  const v = verifyHistoryLine(line, verifyPh);
  if (v.ok) {
    const { action, package: p, key, registry, outcome } = v.line;
    console.log(`line ${n}: ok   ${action} ${p.id}${p.version === null ? '' : `@${p.version}`} on ${registry} by ${key.fingerprint} (${outcome.status})`);
  } else {
    failed++;
    console.log(`line ${n}: FAIL ${v.problem}: ${v.detail}`);
  }
}
if (lines.length === 0) fail(`${file}: no history lines`);
console.log(failed === 0 ? `${lines.length} line(s) verified` : `${failed} of ${lines.length} line(s) failed`);
process.exitCode = failed === 0 ? 0 : 1;
