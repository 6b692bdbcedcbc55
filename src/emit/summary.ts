// The human view of a sheet on a terminal: counts, top entities, quotes with
// speakers. Document text is untrusted: control characters and escape
// sequences are made visible, never sent to the terminal raw.
import { Chalk } from 'chalk';
import type { Sheet } from '../sheet/schema.ts';

const TOP_ENTITIES = 12;
const TOP_QUOTES = 10;
const MAX_QUOTE = 110;

/**
 * Replaces C0/C1 controls (so ESC sequences) and bidirectional overrides, which can reorder
 * what a terminal shows, with visible escapes.
 */
export function safeForTerminal(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/gu, (c) => {
      const code = c.charCodeAt(0);
      return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16)}}`;
    })
    .replace(/[\r\n\t]+/gu, ' ');
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export function renderSummary(sheet: Sheet, options: { color: boolean }): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const names = new Map(sheet.entities.map((e) => [e.id, e.name]));
  const lines: string[] = [];
  const docs = sheet.sources.length;
  lines.push(
    c.bold(`${docs} source${docs === 1 ? '' : 's'}`) +
      ` · ${sheet.entities.length} entities · ${sheet.quotes.length} quotes · ${sheet.numbers.length} numbers · ${sheet.dates.length} dates` +
      (sheet.errors.length ? c.red(` · ${sheet.errors.length} error${sheet.errors.length === 1 ? '' : 's'}`) : '') +
      (sheet.refDate ? c.dim(`  (reference date ${sheet.refDate})`) : c.dim('  (no reference date: relative dates unresolved)')),
  );
  const top = [...sheet.entities].sort((a, b) => b.mentions.length - a.mentions.length || (a.id < b.id ? -1 : 1)).slice(0, TOP_ENTITIES);
  if (top.length) {
    lines.push('', c.bold('Top entities'));
    for (const e of top) {
      const aliases = e.aliases.length ? c.dim(` (also ${e.aliases.map(safeForTerminal).join(', ')})`) : '';
      lines.push(`  ${c.cyan(e.type.padEnd(12))} ${safeForTerminal(e.name)} ${c.dim(`×${e.mentions.length}`)}${aliases}`);
    }
  }
  const quotes = [...sheet.quotes].sort((a, b) => b.citations.length - a.citations.length).slice(0, TOP_QUOTES);
  if (quotes.length) {
    lines.push('', c.bold(`Quotes${sheet.quotes.length > TOP_QUOTES ? ` (${TOP_QUOTES} most cited of ${sheet.quotes.length})` : ''}`));
    for (const q of quotes) {
      const who = q.speaker ? c.green(safeForTerminal(names.get(q.speaker) ?? q.speaker)) : c.dim('unattributed');
      const sources = q.citations.length > 1 ? c.dim(` [${q.citations.length} sources]`) : '';
      lines.push(`  ${who}: “${safeForTerminal(clip(q.text, MAX_QUOTE))}”${sources}`);
    }
  }
  if (sheet.errors.length) {
    lines.push('', c.bold.red('Not read'));
    for (const e of sheet.errors) lines.push(`  ${safeForTerminal(e.path)}: ${e.code}: ${safeForTerminal(e.message)}`);
  }
  lines.push('', c.dim('Full sheet: --json, or -o FILE'));
  return lines.join('\n') + '\n';
}
