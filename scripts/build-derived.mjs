// The last step of `npm run build`: derives once the word lists that src/extract/derived.ts
// stores (the town and given-name sets) and writes them to dist/extract/derived.v8, so that no
// process or worker thread of the compiled package derives them again.
const { recordDerived, writeDerived } = await import('../dist/extract/derived.js');
recordDerived();
const { deriveAll } = await import('../dist/extract/gazetteer.js');
deriveAll();
writeDerived();
