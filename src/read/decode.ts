// Bytes → text, refusing rather than guessing: invalid UTF-8 is reported, not
// silently replaced, because a replaced character shifts no offset but
// changes the cited text a reader would look for.
//
// Order of the checks: a UTF-16 byte-order mark first (UTF-16 text is full of
// NUL bytes), then known binary signatures and NUL bytes, then UTF-8; only a
// file that is not valid UTF-8 falls back to Latin-1, and only when asked.

export type Decoded = { ok: true; text: string; encoding: TextEncodingName } | { ok: false; code: string; message: string };
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'latin1';

// Magic numbers of formats people keep beside their documents, checked
// before anything else so that a mis-named binary ("scan.txt" that is a PDF)
// is called binary. The few printable ones ("%PDF-", "GIF8") start no prose.
const BINARY_SIGNATURES: [string, number[]][] = [
  ['PDF', [0x25, 0x50, 0x44, 0x46, 0x2d]], // %PDF-
  ['PNG', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG', [0xff, 0xd8, 0xff]],
  ['GIF', [0x47, 0x49, 0x46, 0x38]],
  ['ZIP (docx, xlsx, epub, …)', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip', [0x1f, 0x8b]],
  ['bzip2', [0x42, 0x5a, 0x68, 0x39, 0x31, 0x41, 0x59]], // BZh91AY
  ['xz', [0xfd, 0x37, 0x7a, 0x58, 0x5a]],
  ['zstd', [0x28, 0xb5, 0x2f, 0xfd]],
  ['7-Zip', [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]],
  ['RAR', [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07]],
  ['OLE2 (doc, xls, msg)', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
  ['ELF', [0x7f, 0x45, 0x4c, 0x46]],
  ['Mach-O', [0xcf, 0xfa, 0xed, 0xfe]],
  ['Java class', [0xca, 0xfe, 0xba, 0xbe]],
  ['WebAssembly', [0x00, 0x61, 0x73, 0x6d]],
  ['SQLite', [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66, 0x6f, 0x72, 0x6d, 0x61, 0x74]],
  ['MP4/QuickTime', [-1, -1, -1, -1, 0x66, 0x74, 0x79, 0x70]], // ????ftyp
  ['TIFF', [0x49, 0x49, 0x2a, 0x00]],
  ['TIFF', [0x4d, 0x4d, 0x00, 0x2a]],
];

/** The name of a known binary format the bytes start with, if any. */
export function binarySignature(bytes: Uint8Array): string | null {
  for (const [name, sig] of BINARY_SIGNATURES) {
    if (bytes.length >= sig.length && sig.every((b, i) => b < 0 || bytes[i] === b)) return name;
  }
  return null;
}

export function decodeText(bytes: Uint8Array, encoding: 'utf8' | 'latin1' = 'utf8'): Decoded {
  if (bytes.length === 0) return { ok: true, text: '', encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16('utf-16le', bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16('utf-16be', bytes.subarray(2));
  const signature = binarySignature(bytes);
  if (signature) return { ok: false, code: 'binary', message: `binary file (${signature} signature); skipped` };
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    return { ok: false, code: 'binary', message: `binary file (NUL byte at ${nul}${looksLikeUtf16(bytes) ? '; UTF-16 without a byte-order mark?' : ''}); skipped` };
  }
  const controls = controlBytes(bytes);
  if (controls) return { ok: false, code: 'binary', message: `binary file (${controls}); skipped` };
  const withoutBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(withoutBom), encoding: 'utf-8' };
  } catch {
    // Latin-1 as browsers read it (windows-1252): every byte is one character, so offsets stay one to one.
    if (encoding === 'latin1') return { ok: true, text: decodeWindows1252(bytes), encoding: 'latin1' };
    const at = firstInvalidUtf8(withoutBom) + (bytes.length - withoutBom.length);
    return { ok: false, code: 'invalid-utf8', message: `not valid UTF-8 (byte 0x${hex(bytes[at])} at offset ${at}); use --encoding latin1 to read it as Latin-1` };
  }
}

function decodeUtf16(label: 'utf-16le' | 'utf-16be', bytes: Uint8Array): Decoded {
  const name = label.toUpperCase();
  if (bytes.length % 2) return { ok: false, code: 'invalid-encoding', message: `has a ${name} byte-order mark but an odd number of bytes` };
  let text: string;
  try {
    text = new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return { ok: false, code: 'invalid-encoding', message: `has a ${name} byte-order mark but is not valid ${name} (unpaired surrogate)` };
  }
  // Random bytes after FF FE decode to something; text does not contain U+0000.
  if (text.includes('\u0000')) return { ok: false, code: 'binary', message: `binary file (a ${name} byte-order mark, then NUL characters); skipped` };
  return { ok: true, text, encoding: label };
}

// Windows-1252 0x80–0x9F (curly quotes, dashes, €); the five bytes it leaves
// undefined stay C1 controls, as in browsers. Node's TextDecoder reads the
// label "windows-1252" as ISO-8859-1, so the table is here.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return latin1.replace(/[\u0080-\u009f]/gu, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]);
}

/** NUL in every other byte of the first kilobyte: ASCII text stored as UTF-16 with no BOM. */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 1024) & ~1;
  if (n < 4) return false;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i++) if (bytes[i] === 0) i % 2 ? odd++ : even++;
  return even > n * 0.4 || odd > n * 0.4;
}

/**
 * Text has line breaks and tabs, and now and then an escape sequence; a file
 * whose first 8 KB is more than 2% other C0 control bytes is not text.
 */
function controlBytes(bytes: Uint8Array): string | null {
  const n = Math.min(bytes.length, 8192);
  let count = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b) count++;
  }
  return count > Math.max(8, n * 0.02) ? `${count} control bytes in the first ${n}` : null;
}

function hex(b: number | undefined): string {
  return (b ?? 0).toString(16).padStart(2, '0');
}

/** Offset of the first byte that is not part of a well-formed UTF-8 sequence (linear scan). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    // Overlong forms, surrogates and code points past U+10FFFF are invalid too.
    if (cp < min || (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff) return i;
    i += need + 1;
  }
  return bytes.length;
}
