/**
 * @module
 * Strict RFC 7468 PEM, as emitted by the Rust `pem-rfc7468` encoder upstream
 * (spec/registry-api.md §2.7): 64-character Base64 lines, LF endings, trailing LF.
 */
import { CoreError } from '../errors.ts';
import { encodeBase64, parseBase64 } from '../bytes/base64.ts';

/** Encodes DER bytes as a PEM document with the given label. */
export function encodePem(label: string, der: Uint8Array): string {
  const b64 = encodeBase64(der);
  const lines: string[] = [];
  for (let i = 0; i < b64.length; i += 64) lines.push(b64.slice(i, i + 64));
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}

export interface PemDocument {
  label: string;
  der: Uint8Array;
}

/**
 * Parses one PEM document. Accepts LF or CRLF and a missing final newline, like the upstream
 * decoder; requires every Base64 line but the last to be exactly 64 characters and tolerates
 * no text before or after the document apart from surrounding whitespace.
 * @param expectedLabel when given, any other label is `PEM_WRONG_LABEL`.
 * @throws CoreError `PEM_MALFORMED`, `PEM_WRONG_LABEL`.
 */
export function parsePem(text: string, expectedLabel?: string): PemDocument {
  const lines = text.trim().split(/\r?\n/);
  const begin = /^-----BEGIN ([A-Z0-9 ]+)-----$/.exec(lines[0] ?? '');
  const last = lines[lines.length - 1] ?? '';
  if (!begin || lines.length < 3) {
    throw new CoreError('PEM_MALFORMED', 'not a PEM document (missing BEGIN line)');
  }
  const label = begin[1]!;
  if (last !== `-----END ${label}-----`) {
    throw new CoreError('PEM_MALFORMED', `missing or mismatched END line for ${label}`);
  }
  if (expectedLabel !== undefined && label !== expectedLabel) {
    throw new CoreError('PEM_WRONG_LABEL', `expected a ${expectedLabel} PEM, got ${label}`, {
      expected: expectedLabel,
      actual: label,
    });
  }
  const body = lines.slice(1, -1);
  body.forEach((line, i) => {
    const isLast = i === body.length - 1;
    if ((!isLast && line.length !== 64) || (isLast && (line.length === 0 || line.length > 64))) {
      throw new CoreError('PEM_MALFORMED', `PEM line ${i + 2} has ${line.length} characters`, {
        line: i + 2,
      });
    }
  });
  const joined = body.join('');
  if (joined.length % 4 !== 0) throw new CoreError('PEM_MALFORMED', 'PEM Base64 is not padded');
  try {
    return { label, der: parseBase64(joined) };
  } catch {
    throw new CoreError('PEM_MALFORMED', 'PEM body is not valid Base64');
  }
}
