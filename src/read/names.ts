// File names as bytes, shown as text. POSIX file names are byte strings; a
// name that is not valid UTF-8 cannot be a JavaScript string without loss
// (Node turns each bad byte into U+FFFD, so "f\xff.txt" and "f\xfe.txt"
// become one name that opens neither file). The walk keeps names as Buffers
// and shows them with a reversible escape:
//   - a byte that is not part of a well-formed UTF-8 sequence → `\xhh` (two lower-case hex digits);
//   - a backslash → `\\`, so that a name that really contains "\xff" stays distinct;
//   - everything else as is.
// Valid names without a backslash (nearly all) show exactly as they are.
import { isUtf8 } from 'node:buffer';
import { firstInvalidUtf8 } from './decode.ts';

/** "f\xff.txt" (bytes 66 ff 2e 74 78 74) → the string `f\xff.txt`; "a\b" → `a\\b`; "café" → "café". */
export function escapeName(bytes: Uint8Array): string {
  if (isUtf8(bytes) && !bytes.includes(0x5c)) return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  let out = '';
  let rest = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  while (rest.length > 0) {
    const bad = firstInvalidUtf8(rest);
    out += rest.subarray(0, bad).toString('utf8').replaceAll('\\', '\\\\');
    if (bad >= rest.length) break;
    out += `\\x${rest[bad].toString(16).padStart(2, '0')}`;
    rest = rest.subarray(bad + 1);
  }
  return out;
}

/**
 * The bytes of a name shown by escapeName: `f\xff.txt` → 66 ff 2e 74 78 74.
 * @throws {SyntaxError} on a backslash that starts neither `\\` nor `\xhh`
 */
export function unescapeName(shown: string): Buffer {
  const parts: Buffer[] = [];
  let at = 0;
  for (const m of shown.matchAll(/\\(?:\\|x([0-9a-f]{2})|)/gu)) {
    parts.push(Buffer.from(shown.slice(at, m.index), 'utf8'));
    if (m[0] === '\\') throw new SyntaxError(`a lone backslash at ${m.index} in ${JSON.stringify(shown)}`);
    parts.push(m[1] ? Buffer.from([parseInt(m[1], 16)]) : Buffer.from('\\'));
    at = m.index + m[0].length;
  }
  parts.push(Buffer.from(shown.slice(at), 'utf8'));
  return Buffer.concat(parts);
}
