// Small news-like documents written for the streaming and shard tests: names recur across
// documents (a bare surname in one, the full name in another), so cross-document resolution
// matters, and one file cannot be read.
export const CORPUS: Record<string, string> = {
  'a/harbour.txt':
    'Maria Lindqvist, the mayor of Port Elwyn, said on Tuesday that 120 workers would return. "The harbour will open again next month," Lindqvist said.\n',
  'a/council.md': '# Council\n\nThe council met on 3 March 2025. Lindqvist told reporters that about 40 families had left.\n',
  'b/rail.txt': 'Rail operator Northline said fares would rise by 5 percent. "We have no choice," said Tomas Berg, its chief executive.\n',
  'b/berg.txt': 'Berg, speaking in Port Elwyn on Friday, said 3,000 passengers used the line each day.\n',
  'c/empty.txt': '',
  'c/quote.txt': 'A resident said: "The harbour will open again next month." Nobody else spoke.\n',
  'c/image.png': 'not really a png',
  'd/one.txt': 'The festival drew 15,000 visitors in 2024, organisers said.\n',
  'd/two.txt': 'Anna Kowalski, a teacher, said the school had 300 pupils.\n',
  'd/three.txt': 'Kowalski said on Monday that the roof would be fixed by June.\n',
};

// A small mixed corpus for the run tests (jobs, NDJSON): every input format, a front-matter date,
// an HTML date, a quote, numbers, and a file in a subfolder. Written for the tests.
export const MIXED_DOCS: Record<string, string> = {
  'a.txt': 'Mayor Ana Lopez said on Wednesday that 40 buses would be added. "We will not wait," she said.\n',
  'b.md': '---\ndate: 2024-11-05\n---\n# Council vote\n\nThe council of Riverton approved 3 new parks last month, Councillor Ben Okafor said.\n',
  'c.html': '<html><head><meta property="article:published_time" content="2023-06-01"></head><body><p>About 1,200 people marched in Lyon on Friday.</p></body></html>\n',
  'd.txt': 'Nothing happened here.\n',
  'e.txt': '"Prices rose 4 percent," said Maria Chen, an economist at the Bank of Canada, on Tuesday.\n',
  'sub/f.txt': 'Two ministers met in Oslo on 12 March 2025.\n',
};
