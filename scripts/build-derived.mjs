// The last step of `npm run build`: derives once the word lists that src/extract/derived.ts
// stores (the international given names, the towns, the places that say an article's country)
// and writes them to dist/extract/derived.v8, so that no process or worker thread of the compiled
// package derives them again.
const { recordDerived, writeDerived } = await import('../dist/extract/derived.js');
recordDerived();
for (const module of ['../dist/extract/gazetteer.js', '../dist/extract/numbers/locale.js']) (await import(module)).deriveAll();
writeDerived();
