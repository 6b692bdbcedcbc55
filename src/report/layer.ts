// A document's text with its facts marked in place, as escaped HTML. Facts
// overlap (a name inside a quote, a date inside a number's sentence), and HTML
// elements must nest, so a span that ends inside another is closed and its
// remainder reopened: every piece carries the same fact key, the first piece
// alone carries the citation's anchor and is focusable.

export type FactKind = 'entity' | 'quote' | 'number' | 'date';

export interface Highlight {
  /** Offsets into the document's text: code points, as citations give them, unless the caller says UTF-16. */
  start: number;
  end: number;
  kind: FactKind;
  /** The fact's key in the page ("e12"): what the tooltip and entity selection look up. */
  fact: string;
  /** The citation's anchor id ("e12-0"), unique in the page. */
  anchor: string;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text as HTML text or attribute value: `<script>` becomes `&lt;script&gt;`. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (c) => ESCAPES[c]);
}

/**
 * UTF-16 index of each code-point offset 0..n (inclusive), or null when the text has no
 * astral characters and the two coincide.
 */
export function utf16Offsets(text: string): Uint32Array | null {
  // Without the u flag the class matches surrogate halves, i.e. any astral character.
  if (!/[\uD800-\uDFFF]/.test(text)) return null;
  const offsets: number[] = [];
  let i = 0;
  for (const ch of text) {
    offsets.push(i);
    i += ch.length;
  }
  offsets.push(i);
  return Uint32Array.from(offsets);
}

// Outer kinds first when two spans start and end together: a quote that is all one name
// still reads as a quote with a name inside.
const KIND_ORDER: Record<FactKind, number> = { quote: 0, date: 1, number: 2, entity: 3 };

/**
 * Escaped HTML of `text` with one `<mark>` per highlight piece.
 * Highlights that are empty or fall outside the text are left out (the caller checks
 * citations against the text before; this only keeps the page well formed).
 */
export function layerDocument(text: string, highlights: readonly Highlight[], units: 'code-points' | 'utf16' = 'code-points'): string {
  const map = units === 'utf16' ? null : utf16Offsets(text);
  const length = map ? map.length - 1 : text.length;
  const at = (cp: number) => (map ? map[cp] : cp);
  const spans = highlights
    .filter((h) => h.start < h.end && h.end <= length)
    .map((h) => ({ ...h, s: at(h.start), e: at(h.end) }))
    .sort((a, b) => a.s - b.s || b.e - a.e || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || (a.anchor < b.anchor ? -1 : 1));
  type Span = (typeof spans)[number];

  const out: string[] = [];
  const stack: Span[] = [];
  const opened = new Set<Span>();
  const open = (s: Span) => {
    const first = !opened.has(s);
    opened.add(s);
    out.push(
      `<mark class="k-${s.kind} f-${s.fact}" data-f="${s.fact}"${first ? ` id="${escapeHtml(s.anchor)}" tabindex="0"` : ''}>`,
    );
    stack.push(s);
  };
  let pos = 0;
  let next = 0;
  while (next < spans.length || stack.length) {
    const nextStart = next < spans.length ? spans[next].s : Infinity;
    const nextEnd = stack.length ? Math.min(...stack.map((s) => s.e)) : Infinity;
    const point = Math.min(nextStart, nextEnd);
    out.push(escapeHtml(text.slice(pos, point)));
    pos = point;
    if (nextEnd === point) {
      // Close down to the outermost span ending here, then reopen the inner ones that go on.
      const closed = stack.splice(stack.findIndex((s) => s.e === point));
      out.push('</mark>'.repeat(closed.length));
      for (const s of closed) if (s.e > point) open(s);
    } else {
      while (next < spans.length && spans[next].s === point) open(spans[next++]);
    }
  }
  out.push(escapeHtml(text.slice(pos)));
  return out.join('');
}
