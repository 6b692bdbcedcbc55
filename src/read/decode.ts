// Bytes → text, refusing rather than guessing: invalid UTF-8 is reported, not
// silently replaced, because a replaced character shifts no offset but
// changes the cited text a reader would look for.

export type Decoded = { ok: true; text: string } | { ok: false; code: string; message: string };

const BINARY_SIGNATURES: [string, number[]][] = [
  ['PDF', [0x25, 0x50, 0x44, 0x46]],
  ['PNG', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG', [0xff, 0xd8, 0xff]],
  ['GIF', [0x47, 0x49, 0x46, 0x38]],
  ['ZIP', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip', [0x1f, 0x8b]],
  ['ELF', [0x7f, 0x45, 0x4c, 0x46]],
];

export function decodeText(bytes: Uint8Array, encoding: 'utf8' | 'latin1' = 'utf8'): Decoded {
  if (bytes.length === 0) return { ok: true, text: '' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeWith('utf-16le', bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeWith('utf-16be', bytes.subarray(2));
  for (const [name, sig] of BINARY_SIGNATURES) {
    if (sig.every((b, i) => bytes[i] === b)) return { ok: false, code: 'binary', message: `binary file (${name} signature); skipped` };
  }
  if (bytes.includes(0)) return { ok: false, code: 'binary', message: 'binary file (contains NUL bytes); skipped' };
  if (encoding === 'latin1') return { ok: true, text: new TextDecoder('latin1').decode(bytes) };
  const withoutBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  const decoded = decodeWith('utf-8', withoutBom);
  if (!decoded.ok) {
    return { ok: false, code: 'invalid-utf8', message: `not valid UTF-8 (at byte ${firstInvalidUtf8(withoutBom)}); use --encoding latin1 to read it as Latin-1` };
  }
  return decoded;
}

function decodeWith(label: string, bytes: Uint8Array): Decoded {
  try {
    return { ok: true, text: new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    return { ok: false, code: 'invalid-encoding', message: `not valid ${label.toUpperCase()}` };
  }
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  // Bisect on the longest valid prefix; decoding a prefix can only fail at or before the first bad byte.
  let lo = 0;
  let hi = bytes.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    try {
      // stream: an unfinished sequence at the cut is not an error, only a bad byte is.
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid - 1;
    }
  }
  return lo;
}
