// Citations are the contract a reader checks by hand: offsets in Unicode code
// points (what Python, Rust chars and most editors count), 1-based line and
// column. JavaScript strings index UTF-16 units, so every offset is converted
// here and nowhere else.
import type { Span } from '../types.ts';

export interface Citation {
  path: string;
  start: number;
  end: number;
  line: number;
  column: number;
  text: string;
}

export class PositionIndex {
  private readonly lineStarts: number[] = [0];
  /** Code points before each UTF-16 index, only built when the text has astral characters. */
  private readonly codePointsBefore: Uint32Array | null;

  /**
   * @param text the file's decoded text, which citations slice
   * @param offsetMap maps the extractors' offsets into `text` when they ran on a derived text (HTML)
   */
  constructor(
    readonly path: string,
    readonly text: string,
    private readonly offsetMap?: Uint32Array,
  ) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      // "\r\n" is one line break; a lone "\r" (old Mac files) is one too.
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) this.lineStarts.push(i + 1);
    }
    // Without the u flag the class matches surrogate halves, i.e. any astral character.
    this.codePointsBefore = /[\uD800-\uDFFF]/.test(text) ? countCodePoints(text) : null;
  }

  codePointOffset(index: number): number {
    return this.codePointsBefore ? this.codePointsBefore[index] : index;
  }

  cite(derived: Span): Citation {
    const span = this.offsetMap ? { start: this.offsetMap[derived.start], end: this.offsetMap[derived.end] } : derived;
    const lineIndex = this.lineOf(span.start);
    const lineStart = this.lineStarts[lineIndex];
    return {
      path: this.path,
      start: this.codePointOffset(span.start),
      end: this.codePointOffset(span.end),
      line: lineIndex + 1,
      column: this.codePointOffset(span.start) - this.codePointOffset(lineStart) + 1,
      text: this.text.slice(span.start, span.end),
    };
  }

  private lineOf(index: number): number {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid] <= index) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}

function countCodePoints(text: string): Uint32Array {
  const counts = new Uint32Array(text.length + 1);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    counts[i] = n;
    const c = text.charCodeAt(i);
    // A low surrogate after a high one continues the same code point.
    const continues = c >= 0xdc00 && c <= 0xdfff && i > 0 && isHigh(text.charCodeAt(i - 1));
    if (!continues) n++;
  }
  counts[text.length] = n;
  return counts;
}

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

/** Check a citation against the file's text: the property every citation must satisfy. */
export function verifyCitation(text: string, c: Citation): string | null {
  const chars = Array.from(text);
  const slice = chars.slice(c.start, c.end).join('');
  if (slice !== c.text) return `slice [${c.start},${c.end}) is ${JSON.stringify(slice)}, not ${JSON.stringify(c.text)}`;
  const before = chars.slice(0, c.start).join('');
  const lines = before.split(/\r\n|\n|\r/u);
  const line = lines.length;
  const column = Array.from(lines[lines.length - 1]).length + 1;
  if (line !== c.line || column !== c.column) return `position is ${line}:${column}, not ${c.line}:${c.column}`;
  return null;
}
