// The baseline of `npm run bench`: a bare full compromise parse (`nlp(text)`, the default build,
// every tagger rule and compute step) of each document, in a process of its own. It must not share
// a process with our extraction: compromise's ESM builds (`compromise`, `compromise/two`) share one
// world, so in one process the baseline would run with the post-tagger filter src/segment applies,
// and our parse would run the third stage's compute steps that `compromise` adds.
//
// Forked by scripts/bench-cli.ts with the documents' paths as arguments; each message "round"
// parses every document once and answers { ms, cpuMs } (wall and this process's CPU time, ms).
// The first message, once loaded, says what the parse runs: { ready, rules, steps }.
import { readFileSync } from 'node:fs';
import nlp from 'compromise';

const texts = process.argv.slice(2).map((f) => readFileSync(f, 'utf8'));
// Warm the lexicon and the JIT on one document before any round is timed, as the bench does for ours.
if (texts.length) nlp(texts[0]);

process.on('message', (message) => {
  if (message !== 'round') return;
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  for (const text of texts) nlp(text);
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(c0);
  process.send({ ms, cpuMs: (cpu.user + cpu.system) / 1000 });
});
// What this parse runs, so a test can tell it is compromise's full parse and not ours.
const world = nlp.world();
process.send({ ready: true, rules: world.model.two.matches.length, steps: world.hooks });
