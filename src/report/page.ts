// The report page: sheet + source texts → one self-contained HTML string.
// Pure: no disk, no clock, no network; the same input gives the same bytes.
// Every piece of document or sheet text goes through escapeHtml (or, inside the
// embedded JSON, has `<` written as \u003c), so a document holding `<script>`
// shows as text. Styles and the small script are inline (see assets.ts).
import type { Sheet } from '../sheet/schema.ts';
import { escapeHtml as esc, layerDocument, utf16Offsets, type FactKind, type Highlight } from './layer.ts';
import { markWordDifferences, sentenceAround, wordPairSimilarity } from './text.ts';
import { REPORT_CSS, REPORT_JS } from './assets.ts';

export interface ReportSourceText {
  /** The file's decoded text, which the sheet's citations slice; null when it could not be read. */
  text: string | null;
  /**
   * What a reader should see instead, when the file is markup (HTML → its text), with a map from
   * each UTF-16 index of `shown` (0..length inclusive, non-decreasing) to a UTF-16 index of `text`.
   */
  shown?: { text: string; offsetMap: Uint32Array };
  /** Why the document shows without highlights (unreadable, changed since the sheet was made). */
  problem?: string;
}

export interface ReportInput {
  sheet: Sheet;
  /** By the sheet's source path. A source missing here is shown as not read. */
  texts: ReadonlyMap<string, ReportSourceText>;
  title?: string;
}

type Citation = Sheet['entities'][number]['mentions'][number];

const KIND_LABEL: Record<FactKind, string> = { entity: 'Entity', quote: 'Quote', number: 'Number', date: 'Date' };
const TYPE_LABEL: Record<string, string> = { person: 'People', organization: 'Organizations', place: 'Places', other: 'Other' };
const TYPE_ORDER = ['person', 'organization', 'place', 'other'];
// Grouping distinct quotes of one speaker costs pairs of quotes; above this many the
// page keeps the sheet's own grouping (one quote, several citations) only.
const MAX_QUOTES_TO_PAIR = 300;
// Distinct quotes of one speaker this alike (word pairs, Dice) are shown side by side.
const VARIANT_SIMILARITY = 0.5;
// Links listed in one table row or timeline entry before "and N more".
const LIST_AT_MOST = 5;

/** Optional fields a newer sheet may carry on quotes; read without requiring them. */
function quoteExtras(q: Sheet['quotes'][number]): { kind: string | null; attribution: string | null } {
  const loose = q as unknown as Record<string, unknown>;
  return {
    kind: typeof loose.kind === 'string' ? loose.kind : null,
    attribution: loose.attribution === undefined || loose.attribution === null ? null : describeValue(loose.attribution),
  };
}

/** Any JSON value as one readable line: strings as they are, objects as "key: value; …". */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'object') return String(value);
  if (Array.isArray(value)) return value.map(describeValue).filter(Boolean).join(', ');
  return Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== null && v !== undefined && v !== '')
    .map(([k, v]) => (typeof v === 'object' ? `${k}: ${describeValue(v)}` : `${k}: ${String(v)}`))
    .join('; ');
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** JSON inside a <script> element: `<`, `>`, `&` and line separators escaped so no text can end it. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

interface CitedFact {
  key: string;
  kind: FactKind;
  citations: readonly Citation[];
}

export function renderReport(input: ReportInput): string {
  const { sheet } = input;
  const entityKey = new Map(sheet.entities.map((e, i) => [e.id, `e${i}`]));
  const entityById = new Map(sheet.entities.map((e) => [e.id, e]));
  const docIndex = new Map(sheet.sources.map((s, i) => [s.path, i]));
  const facts: CitedFact[] = [
    ...sheet.entities.map((e, i) => ({ key: `e${i}`, kind: 'entity' as const, citations: e.mentions })),
    ...sheet.quotes.map((q, i) => ({ key: `q${i}`, kind: 'quote' as const, citations: q.citations })),
    ...sheet.numbers.map((n, i) => ({ key: `n${i}`, kind: 'number' as const, citations: n.citations })),
    ...sheet.dates.map((d, i) => ({ key: `d${i}`, kind: 'date' as const, citations: d.citations })),
  ];

  // Which citations can be shown in place: the document was read and the citation's text is
  // still at its offsets. A link to a citation that is not in place goes to its document.
  const docs = new Map<string, { cited: string; cpMap: Uint32Array | null; shown: string; shownMap: Uint32Array | null; fits: boolean }>();
  for (const [path, src] of input.texts) {
    if (src.text === null) continue;
    docs.set(path, { cited: src.text, cpMap: utf16Offsets(src.text), shown: src.shown?.text ?? src.text, shownMap: src.shown?.offsetMap ?? null, fits: !src.problem });
  }
  /** The citation as a UTF-16 span of the shown text, or null when the text there is not the cited text. */
  const locate = (c: Citation) => {
    const doc = docs.get(c.path);
    if (!doc) return null;
    const s = doc.cpMap ? doc.cpMap[c.start] : c.start;
    const e = doc.cpMap ? doc.cpMap[c.end] : c.end;
    if (s === undefined || e === undefined || doc.cited.slice(s, e) !== c.text) return null;
    if (!doc.shownMap) return { doc, s, e };
    const ss = lowerBound(doc.shownMap, s);
    const se = lowerBound(doc.shownMap, e);
    return ss < se ? { doc, s: ss, e: se } : null;
  };
  const perDoc = new Map<string, Highlight[]>();
  const inPlace = new Set<string>();
  for (const f of facts) {
    f.citations.forEach((c, i) => {
      const at = locate(c);
      if (!at || !at.doc.fits) return;
      const anchor = `${f.key}-${i}`;
      inPlace.add(anchor);
      let list = perDoc.get(c.path);
      if (!list) perDoc.set(c.path, (list = []));
      list.push({ start: at.s, end: at.e, kind: f.kind, fact: f.key, anchor });
    });
  }
  const href = (key: string, i: number, c: Citation) => (inPlace.has(`${key}-${i}`) ? `#${key}-${i}` : `#doc${docIndex.get(c.path) ?? ''}`);
  const citeLink = (key: string, i: number, c: Citation) =>
    `<a href="${href(key, i, c)}">${esc(c.path)}:${c.line}:${c.column}</a>`;
  const sentence = (c: Citation) => {
    const at = locate(c);
    return at ? sentenceAround(at.doc.shown, at.s, at.e) : c.text;
  };
  const sourcesOf = (cs: readonly Citation[]) => new Set(cs.map((c) => c.path)).size;

  // What a highlight says on hover or focus, by fact key; the script fills the tooltip from it.
  const tips: Record<string, string[]> = {};
  sheet.entities.forEach((e, i) => {
    tips[`e${i}`] = [
      `Entity · ${e.type}`,
      e.name,
      ...(e.aliases.length ? [`also: ${e.aliases.join(', ')}`] : []),
      `${plural(e.mentions.length, 'mention')} in ${plural(sourcesOf(e.mentions), 'document')}`,
    ];
  });
  sheet.quotes.forEach((q, i) => {
    const speaker = q.speaker ? entityById.get(q.speaker) : undefined;
    const extra = quoteExtras(q);
    tips[`q${i}`] = [
      `Quote${extra.kind ? ` · ${extra.kind}` : ''}`,
      speaker ? `Speaker: ${speaker.name} (${speaker.type})` : q.speaker ? `Speaker: ${q.speaker}` : 'Speaker: not stated',
      ...(q.cue ? [`Cue: ${q.cue}`] : []),
      ...(extra.attribution ? [`Why: ${extra.attribution}`] : []),
      `cited in ${plural(sourcesOf(q.citations), 'document')}`,
    ];
  });
  sheet.numbers.forEach((n, i) => {
    tips[`n${i}`] = [`Number${n.approximate ? ' · approximate' : ''}`, `${n.approximate ? '≈ ' : ''}${n.exact}${n.unit ? ` ${n.unit}` : ''}`, `cited ${plural(n.citations.length, 'time')}`];
  });
  sheet.dates.forEach((d, i) => {
    tips[`d${i}`] = ['Date', d.value ?? 'not resolved (no reference date)', `TIMEX3 ${d.timex}`, `cited ${plural(d.citations.length, 'time')}`];
  });

  const title = input.title ?? `Facts from ${sheet.inputs.join(', ') || 'no inputs'}`;
  const counts = `${plural(sheet.sources.length, 'document')} · ${plural(sheet.entities.length, 'entity').replace('entitys', 'entities')} · ${plural(sheet.quotes.length, 'quote')} · ${plural(sheet.numbers.length, 'number')} · ${plural(sheet.dates.length, 'date')}`;

  const parts: string[] = [];
  parts.push(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<meta name="color-scheme" content="light dark">
<title>${esc(title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<a class="skip" href="#documents">Skip to the documents</a>
<header>
<h1>${esc(title)}</h1>
<p class="counts">${counts}${sheet.refDate ? ` · reference date ${esc(sheet.refDate)}` : ''}</p>
<nav aria-label="Sections"><a href="#entities">Entities</a> <a href="#quotes">Quotes</a> <a href="#timeline">Timeline</a> <a href="#numbers">Numbers</a> <a href="#documents">Documents</a></nav>
<fieldset class="legend" aria-label="Highlights shown">
<legend>Highlights</legend>
${(['entity', 'quote', 'number', 'date'] as const)
  .map((k) => `<label><input type="checkbox" data-kind="${k}" checked> <mark class="k-${k} sample">${KIND_LABEL[k]}</mark></label>`)
  .join('\n')}
</fieldset>
</header>
<main>`);

  // Entities by type.
  parts.push('<section id="entities" aria-labelledby="entities-h"><h2 id="entities-h">Entities</h2>');
  parts.push('<p class="hint">Choose an entity to highlight every mention in every document and list its quotes.</p>');
  parts.push('<div class="entity-columns">');
  for (const type of TYPE_ORDER) {
    const list = sheet.entities
      .map((e, i) => ({ e, key: `e${i}` }))
      .filter(({ e }) => e.type === type)
      .sort((a, b) => b.e.mentions.length - a.e.mentions.length || (a.e.name < b.e.name ? -1 : a.e.name > b.e.name ? 1 : 0));
    if (!list.length) continue;
    parts.push(`<div class="entity-type"><h3>${TYPE_LABEL[type] ?? esc(type)} <span class="n">(${list.length})</span></h3><ul class="entities">`);
    for (const { e, key } of list) {
      parts.push(
        `<li><button type="button" class="entity" data-select="${key}" aria-pressed="false" aria-controls="detail">` +
          `<span class="name">${esc(e.name)}</span> <span class="n" title="mentions">×${e.mentions.length}</span>` +
          (e.aliases.length ? ` <span class="aliases">also ${e.aliases.map(esc).join(', ')}</span>` : '') +
          `</button></li>`,
      );
    }
    parts.push('</ul></div>');
  }
  parts.push('</div>');
  parts.push('<div id="detail" class="detail" aria-live="polite"><p class="hint">No entity chosen.</p></div>');
  // Each entity's detail, shown in #detail when chosen: where it is mentioned and what it said.
  parts.push('<div hidden>');
  sheet.entities.forEach((e, i) => {
    const key = `e${i}`;
    const byDoc = new Map<string, number[]>();
    e.mentions.forEach((m, j) => {
      const list = byDoc.get(m.path) ?? [];
      list.push(j);
      byDoc.set(m.path, list);
    });
    const quotes = sheet.quotes.map((q, qi) => ({ q, qi })).filter(({ q }) => q.speaker === e.id);
    parts.push(
      `<template id="detail-${key}"><h3>${esc(e.name)} <span class="type">${esc(e.type)}</span></h3>` +
        (e.aliases.length ? `<p>Also called ${e.aliases.map(esc).join(', ')}.</p>` : '') +
        `<p><strong class="sel-count">${plural(e.mentions.length, 'mention')}</strong> in ${plural(byDoc.size, 'document')}:</p><ul class="mention-docs">` +
        [...byDoc].map(([, js]) => `<li>${citeLink(key, js[0], e.mentions[js[0]])} ×${js.length}</li>`).join('') +
        `</ul>` +
        (quotes.length
          ? `<h4>${plural(quotes.length, 'quote')}</h4><ul class="entity-quotes">${quotes
              .map(({ q, qi }) => `<li><q>${esc(q.text)}</q> ${citeLink(`q${qi}`, 0, q.citations[0])}</li>`)
              .join('')}</ul>`
          : '<p>No quotes attributed.</p>') +
        `</template>`,
    );
  });
  parts.push('</div></section>');

  // Quotes grouped by speaker, variants side by side.
  parts.push('<section id="quotes" aria-labelledby="quotes-h"><h2 id="quotes-h">Quotes by speaker</h2>');
  if (!sheet.quotes.length) parts.push('<p>No quotes.</p>');
  const bySpeaker = new Map<string | null, number[]>();
  sheet.quotes.forEach((q, i) => {
    const list = bySpeaker.get(q.speaker) ?? [];
    list.push(i);
    bySpeaker.set(q.speaker, list);
  });
  const speakerName = (id: string | null) => (id === null ? 'Speaker not stated' : (entityById.get(id)?.name ?? id));
  const speakers = [...bySpeaker.keys()].sort((a, b) =>
    a === null ? 1 : b === null ? -1 : bySpeaker.get(b)!.length - bySpeaker.get(a)!.length || (speakerName(a) < speakerName(b) ? -1 : 1),
  );
  for (const speaker of speakers) {
    const indices = bySpeaker.get(speaker)!;
    const ek = speaker ? entityKey.get(speaker) : undefined;
    parts.push(
      `<section class="speaker"><h3>${esc(speakerName(speaker))}${ek ? ` <button type="button" class="entity small" data-select="${ek}" aria-pressed="false">show mentions</button>` : ''} <span class="n">(${plural(indices.length, 'quote')})</span></h3>`,
    );
    for (const group of groupVariants(indices.map((i) => ({ i, text: sheet.quotes[i].text })))) {
      // Every distinct wording of the group, with where it was printed.
      const wordings: { text: string; cites: string[] }[] = [];
      for (const qi of group) {
        const q = sheet.quotes[qi];
        q.citations.forEach((c, ci) => {
          const w = wordings.find((x) => x.text === c.text);
          const link = citeLink(`q${qi}`, ci, c);
          if (w) w.cites.push(link);
          else wordings.push({ text: c.text, cites: [link] });
        });
      }
      const first = sheet.quotes[group[0]];
      const extra = quoteExtras(first);
      const meta = [
        ...(extra.kind ? [esc(extra.kind)] : []),
        ...(first.cue ? [`cue “${esc(first.cue)}”`] : []),
        ...(extra.attribution ? [`why: ${esc(extra.attribution)}`] : []),
      ];
      if (wordings.length <= 1) {
        parts.push(
          `<figure class="quote"><blockquote>${esc(first.text)}</blockquote><figcaption>${meta.length ? `${meta.join(' · ')} · ` : ''}${listSome(wordings[0]?.cites ?? [])}</figcaption></figure>`,
        );
      } else {
        const ref = wordings[0].text;
        parts.push(
          `<figure class="quote variants"><figcaption>${plural(wordings.length, 'wording')} across ${plural(
            new Set(group.flatMap((qi) => sheet.quotes[qi].citations.map((c) => c.path))).size,
            'document',
          )}${meta.length ? ` · ${meta.join(' · ')}` : ''} <span class="hint">(<del>struck</del>: missing from this wording; <ins>underlined</ins>: only in it)</span></figcaption><div class="side-by-side">` +
            wordings
              .map(
                (w, wi) =>
                  `<div class="wording"><blockquote>${wi === 0 ? esc(w.text) : markWordDifferences(ref, w.text)}</blockquote><p class="where">${listSome(w.cites)}</p></div>`,
              )
              .join('') +
            `</div></figure>`,
        );
      }
    }
    parts.push('</section>');
  }
  parts.push('</section>');

  // Timeline of resolved dates.
  parts.push('<section id="timeline" aria-labelledby="timeline-h"><h2 id="timeline-h">Timeline</h2>');
  const dated = sheet.dates
    .map((d, i) => ({ d, i, t: d.value ? dateToTime(d.value) : null }))
    .filter((x): x is { d: (typeof sheet.dates)[number]; i: number; t: number } => x.t !== null)
    .sort((a, b) => a.t - b.t || (a.d.id < b.d.id ? -1 : 1));
  if (dated.length) {
    const min = dated[0].t;
    const max = dated[dated.length - 1].t;
    const pos = (t: number) => (max === min ? 50 : ((t - min) / (max - min)) * 100);
    parts.push(
      `<div class="axis" aria-hidden="true"><span class="axis-min">${esc(dated[0].d.value!)}</span><span class="axis-max">${esc(dated[dated.length - 1].d.value!)}</span>` +
        axisTicks(min, max)
          .map((tick) => ({ ...tick, at: pos(tick.t) }))
          // Labels near the ends would run into the end labels.
          .filter((tick) => tick.at > 8 && tick.at < 92)
          .map((tick) => `<span class="tick" style="left:${tick.at.toFixed(2)}%">${tick.label}</span>`)
          .join('') +
        dated
          .map(({ d, i, t }) => `<a class="dot" tabindex="-1" href="${href(`d${i}`, 0, d.citations[0])}" style="left:${pos(t).toFixed(2)}%" title="${esc(d.value!)}"></a>`)
          .join('') +
        `</div>`,
    );
    parts.push('<ol class="timeline">');
    for (const { d, i } of dated) {
      const c = d.citations[0];
      parts.push(
        `<li><time datetime="${esc(d.value!)}">${esc(d.value!)}</time> <span class="sentence">${esc(sentence(c))}</span> ` +
          `<span class="where">${listSome(d.citations.slice(0, LIST_AT_MOST).map((cc, ci) => citeLink(`d${i}`, ci, cc)), d.citations.length)}</span></li>`,
      );
    }
    parts.push('</ol>');
  } else {
    parts.push(`<p>No resolved dates${sheet.refDate ? '' : ' (relative dates resolve against --ref-date)'}.</p>`);
  }
  const unresolved = sheet.dates.length - dated.length;
  if (unresolved) parts.push(`<p class="hint">${plural(unresolved, 'date')} not on the axis (unresolved, or a week or period value).</p>`);
  parts.push('</section>');

  // Numbers table.
  parts.push('<section id="numbers" aria-labelledby="numbers-h"><h2 id="numbers-h">Numbers</h2>');
  if (sheet.numbers.length) {
    parts.push(
      '<table class="numbers"><caption>Every number, what it counts, and where it comes from</caption><thead><tr><th scope="col">Value</th><th scope="col">Counts</th><th scope="col">Cited</th><th scope="col">First citation</th><th scope="col">Sources</th></tr></thead><tbody>',
    );
    sheet.numbers.forEach((n, i) => {
      const c = n.citations[0];
      parts.push(
        `<tr><td class="num">${n.approximate ? '≈ ' : ''}${esc(n.exact)}</td><td>${n.unit ? esc(n.unit) : '—'}</td><td class="num">${n.citations.length}</td>` +
          `<td>${c ? `${esc(sentence(c))} ${citeLink(`n${i}`, 0, c)}` : ''}</td><td>${listSome([...new Set(n.citations.map((x) => x.path))].map(esc))}</td></tr>`,
      );
    });
    parts.push('</tbody></table>');
  } else parts.push('<p>No numbers.</p>');
  parts.push('</section>');

  // The documents, highlighted in place. content-visibility lets the browser skip laying out
  // the ones off screen, so hundreds of articles stay usable without paging.
  parts.push(`<section id="documents" aria-labelledby="documents-h"><h2 id="documents-h">Documents</h2>`);
  parts.push(
    '<ol class="doc-index">' +
      sheet.sources.map((s, i) => `<li><a href="#doc${i}">${esc(s.path)}</a> <span class="n">${(perDoc.get(s.path) ?? []).length} highlights</span></li>`).join('') +
      '</ol>',
  );
  sheet.sources.forEach((s, i) => {
    const src = input.texts.get(s.path);
    parts.push(`<article class="doc" id="doc${i}" aria-labelledby="doc${i}-h"><h3 id="doc${i}-h">${esc(s.path)}</h3>`);
    if (!src || src.text === null) {
      parts.push(`<p class="problem" role="note">Not shown: ${esc(src?.problem ?? 'the file was not read')}.</p>`);
    } else {
      if (src.problem) parts.push(`<p class="problem" role="note">Shown without highlights: ${esc(src.problem)}.</p>`);
      parts.push(`<div class="text">${layerDocument(src.shown?.text ?? src.text, perDoc.get(s.path) ?? [], 'utf16')}</div>`);
    }
    parts.push('</article>');
  });
  if (sheet.errors.length) {
    parts.push(
      '<h3>Not read</h3><ul class="errors">' +
        sheet.errors.map((e) => `<li>${esc(e.path)}: <code>${esc(e.code)}</code> ${esc(e.message)}</li>`).join('') +
        '</ul>',
    );
  }
  parts.push('</section></main>');
  parts.push('<div id="tip" role="tooltip" hidden></div>');
  parts.push(`<script type="application/json" id="facts-tips">${scriptJson(tips)}</script>`);
  parts.push(`<script>${REPORT_JS}</script>\n</body>\n</html>\n`);
  return parts.join('\n');
}

/** The first index whose value is at least `value`, in a non-decreasing array. */
function lowerBound(values: Uint32Array, value: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** "a, b, c and 7 more": a fact cited in hundreds of documents keeps its row short. */
function listSome(items: string[], total = items.length): string {
  const shown = items.slice(0, LIST_AT_MOST);
  return `${shown.join(', ')}${total > shown.length ? ` and ${total - shown.length} more` : ''}`;
}

/** Year marks on a timeline that spans years (at most ~10), month marks on a shorter one. */
export function axisTicks(min: number, max: number): { t: number; label: string }[] {
  const from = new Date(min);
  const to = new Date(max);
  const ticks: { t: number; label: string }[] = [];
  const years = to.getUTCFullYear() - from.getUTCFullYear();
  if (years >= 2) {
    const step = Math.max(1, Math.ceil(years / 10));
    for (let y = from.getUTCFullYear() + 1; y <= to.getUTCFullYear(); y += step) ticks.push({ t: Date.UTC(y, 0, 1), label: String(y) });
  } else {
    const months = years * 12 + to.getUTCMonth() - from.getUTCMonth();
    const step = Math.max(1, Math.ceil(months / 10));
    for (let m = 1; m <= months; m += step) {
      const d = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + m, 1));
      ticks.push({ t: d.getTime(), label: d.toISOString().slice(0, 7) });
    }
  }
  return ticks;
}

/** Milliseconds of an ISO date at day, month or year granularity ("2025", "2025-03", "2025-03-19", with a time); null otherwise. */
export function dateToTime(value: string): number | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T.*)?$/u.exec(value);
  if (!m) return null;
  const t = Date.UTC(Number(m[1]), m[2] ? Number(m[2]) - 1 : 0, m[3] ? Number(m[3]) : 1);
  return Number.isNaN(t) ? null : t;
}

/** Groups of quote indices whose wordings are alike enough to read side by side (union–find). */
function groupVariants(quotes: { i: number; text: string }[]): number[][] {
  const parent = quotes.map((_, j) => j);
  const find = (j: number): number => (parent[j] === j ? j : (parent[j] = find(parent[j])));
  if (quotes.length <= MAX_QUOTES_TO_PAIR) {
    for (let a = 0; a < quotes.length; a++) {
      for (let b = a + 1; b < quotes.length; b++) {
        if (wordPairSimilarity(quotes[a].text, quotes[b].text) >= VARIANT_SIMILARITY) parent[find(b)] = find(a);
      }
    }
  }
  const groups = new Map<number, number[]>();
  quotes.forEach((q, j) => {
    const root = find(j);
    const list = groups.get(root) ?? [];
    list.push(q.i);
    groups.set(root, list);
  });
  return [...groups.values()];
}
