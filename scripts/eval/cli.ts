import { existsSync, readFileSync } from 'node:fs';
import { MEANTIME_PATH } from './paths.ts';
import { runMeantime } from './meantime.ts';
import { formatError, formatTable, KINDS, type Kind, type Report } from './report.ts';
import { runSeeds } from './seeds.ts';
import { BLIND_DATASETS, runBlind, type BlindDataset } from './blind.ts';
import { formatSummary } from './summary.ts';
import type { Row } from './report.ts';

const USAGE = `usage: npm run eval -- [--json] [--dataset ${['meantime', 'seeds', ...BLIND_DATASETS].join('|')}] [--errors KIND [--type FP|FN|value|unit|speaker|type|span] [--how HOW] [--context N] [--limit N]] [--dates-libraries] [--summary [--compare EARLIER.json]]
  --summary: the mean of each headline figure over the development and the figures-only halves (Markdown);
    --compare EARLIER.json (the output of an earlier --json run): each mean then → now, and every row that moved
  KIND: ${KINDS.join(', ')}
  --how HOW: quotes only, the gold attribution pattern (after-cue, before-cue, pronoun, description, continuation, paragraph, according-to, none)
  --context N: characters of context on each side (default 60; 200 for quotes, enough for the sentence around the quote)`;

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

export async function main(args: string[]): Promise<number> {
  if (args.includes('-h') || args.includes('--help')) {
    console.log(USAGE);
    return 0;
  }
  const flags = new Set(['--json', '--dates-libraries', '--summary']);
  const valued = new Set(['--dataset', '--errors', '--type', '--limit', '--how', '--context', '--compare']);
  for (let i = 0; i < args.length; i++) {
    if (valued.has(args[i]) && args[i + 1] !== undefined) i++;
    else if (!flags.has(args[i])) {
      console.error(`eval: unexpected argument ${args[i]}\n${USAGE}`);
      return 2;
    }
  }
  const json = args.includes('--json');
  const dataset = option(args, '--dataset');
  if (dataset && dataset !== 'meantime' && dataset !== 'seeds' && !BLIND_DATASETS.includes(dataset as BlindDataset)) {
    console.error(USAGE);
    return 2;
  }
  if (args.includes('--dates-libraries')) {
    const { compareDateLibraries, formatLibraryTable } = await import('./date-libraries.ts');
    const result = await compareDateLibraries();
    console.log(json ? JSON.stringify(result, null, 2) : formatLibraryTable(result));
    return 0;
  }
  const reports: Report[] = [];
  if (!dataset || dataset === 'meantime') {
    if (existsSync(MEANTIME_PATH)) reports.push(runMeantime());
    else if (dataset === 'meantime') {
      console.error(`eval: ${MEANTIME_PATH} not found (set FACTS_SHARED to the folder that holds eval/)`);
      return 2;
    } else console.error(`eval: ${MEANTIME_PATH} not found; scoring the other datasets, without MEANTIME (set FACTS_SHARED to the folder that holds eval/)`);
  }
  if (!dataset || dataset === 'seeds') reports.push(runSeeds());
  // The blind set (fixtures/blind): articles no rule was written on; blind-test, blind-test2 and blind-test3 are for figures only.
  for (const blind of BLIND_DATASETS) if (!dataset || dataset === blind) reports.push(runBlind(blind));
  const rows = reports.flatMap((r) => r.rows);
  const errorKind = option(args, '--errors');
  if (errorKind !== undefined) {
    if (!KINDS.includes(errorKind as Kind)) {
      console.error(USAGE);
      return 2;
    }
    const type = option(args, '--type');
    const limit = Number(option(args, '--limit') ?? Infinity);
    const how = option(args, '--how');
    const width = Number(option(args, '--context') ?? (errorKind === 'quotes' ? 200 : 60));
    const errors = reports.flatMap((r) =>
      r.errors.filter((e) => e.kind === errorKind && (!type || e.error === type) && (!how || e.detail.startsWith(`${how}:`) || e.detail.includes(`(${how})`))).map((e) => ({ e, text: r.texts.get(e.doc) })),
    );
    if (json) console.log(JSON.stringify(errors.slice(0, limit).map((x) => x.e), null, 2));
    else {
      const counts = new Map<string, number>();
      for (const { e } of errors) counts.set(`${e.dataset} ${e.error}`, (counts.get(`${e.dataset} ${e.error}`) ?? 0) + 1);
      console.log(`${errorKind}: ${[...counts].map(([k, v]) => `${k} ${v}`).join(', ') || 'no errors'}\n`);
      // Type errors by confusion ("gold person, system other"): which rule to look at first.
      const confusions = new Map<string, number>();
      for (const { e } of errors) if (e.error === 'type') confusions.set(`${e.dataset} ${e.detail.replace(/ \(.*$/u, '')}`, (confusions.get(`${e.dataset} ${e.detail.replace(/ \(.*$/u, '')}`) ?? 0) + 1);
      if (confusions.size) console.log(`type confusions: ${[...confusions].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ×${v}`).join('; ')}\n`);
      for (const { e, text } of errors.slice(0, limit)) console.log(formatError(e, text, width));
    }
    return 0;
  }
  if (args.includes('--summary')) {
    const compare = option(args, '--compare');
    let before: Row[] | undefined;
    if (compare !== undefined) {
      try {
        before = (JSON.parse(readFileSync(compare, 'utf8')) as { rows: Row[] }).rows;
        if (!Array.isArray(before)) throw new Error('no "rows" array');
      } catch (e) {
        console.error(`eval: --compare ${compare}: not the output of an earlier --json run (${(e as Error).message})`);
        return 2;
      }
    }
    console.log(formatSummary(rows, before));
    return 0;
  }
  if (json) console.log(JSON.stringify({ rows }, null, 2));
  else console.log(formatTable(rows, { color: process.stdout.isTTY && !process.env.NO_COLOR }));
  return 0;
}
