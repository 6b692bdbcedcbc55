// A text derived from a file (HTML, Markdown), built one character at a
// time, with a map from each UTF-16 index of the text to an index in the file.
// Whatever separates two characters in the text (a space, a line break, a
// skipped tag or markup) is placed so that a span's end lands right after its
// last source character and a span's start right on its first.

/** Characters a span may start on: when markup precedes one, the span starts after the markup. */
const WORD_START = /[\p{L}\p{N}\p{Sc}]/u;

export class TextBuilder {
  private parts: string[] = [];
  private length = 0;
  private map = new Uint32Array(1024);
  /** File index right after the last character emitted. */
  private lastEnd = 0;
  private pendingSpace = false;
  private pendingBreak = false;

  private push(unit: string, at: number): void {
    if (this.length + unit.length >= this.map.length) {
      const bigger = new Uint32Array(Math.max(this.map.length * 2, this.length + unit.length + 1));
      bigger.set(this.map);
      this.map = bigger;
    }
    for (let k = 0; k < unit.length; k++) this.map[this.length + k] = at;
    this.parts.push(unit);
    this.length += unit.length;
  }

  space(): void {
    this.pendingSpace = true;
  }

  lineBreak(): void {
    this.pendingBreak = true;
  }

  /** A character that is in the text: `from`..`to` is its source (one character, or one entity). */
  char(ch: string, from: number, to: number): void {
    const separated = this.pendingBreak || this.pendingSpace;
    if (this.length > 0 && separated) {
      // Separators sit right after the previous character, so a span that ends there ends on it.
      this.push(this.pendingBreak ? '\n' : ' ', this.lastEnd);
    }
    this.pendingBreak = this.pendingSpace = false;
    // Skipped markup right before a character: a word starts after it, punctuation
    // ("Rubio</a>,") belongs to the end of the span before; after a space or a
    // new block ("</p><p>“We"), the character starts the next span where it is.
    const at = from > this.lastEnd && this.length > 0 && !separated && !WORD_START.test(ch) ? this.lastEnd : from;
    this.push(ch, at);
    this.lastEnd = to;
  }

  /** A line break kept as is (inside <pre>). */
  literalBreak(ch: string, to: number): void {
    this.pendingBreak = this.pendingSpace = false;
    if (this.length === 0) return;
    this.push(ch, this.lastEnd);
    this.lastEnd = to;
  }

  finish(): { text: string; offsetMap: Uint32Array } {
    const offsetMap = this.map.slice(0, this.length + 1);
    offsetMap[this.length] = this.lastEnd;
    return { text: this.parts.join(''), offsetMap };
  }
}
