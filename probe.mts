import { fromMarkdown } from 'mdast-util-from-markdown';
const pats = ['[a]\n\n', '[a] '.repeat(50) + '\n\n', '[a]\n', '[a](<b \n\n'];
for (const p of pats) {
  const res: number[] = [];
  for (const n of [20_000, 80_000]) {
    const text = p.repeat(Math.ceil(n / p.length));
    const t0 = performance.now();
    fromMarkdown(text);
    res.push(Math.round(performance.now() - t0));
  }
  console.log(JSON.stringify(p.slice(0, 12)), res.join(' → '), 'ms; ratio', (res[1] / Math.max(1, res[0])).toFixed(1));
}
