// `npm run bench`: runs every benchmark and writes docs/benchmarks.md. Figures vary with the
// machine; the file records which machine produced them. Nothing here asserts a timing.
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import { benchEngine } from './engine';
import { benchApi } from './api';
import { benchPerformance } from './performance';
import { benchReporting } from './reporting';

interface Figure {
  name: string;
  value: string;
}

const sections: { title: string; run: () => Promise<Figure[]> }[] = [
  { title: 'Allocation engine (pure domain code)', run: benchEngine },
  { title: 'Performance-based grants (pure domain code)', run: benchPerformance },
  { title: 'HTTP API', run: benchApi },
  { title: 'Follow-up reporting (HTTP API, 290 submissions at once)', run: benchReporting },
];

const lines = [
  '# Benchmarks',
  '',
  'Written by `npm run bench`; do not edit by hand.',
  '',
  `Run ${new Date().toISOString()} on ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown CPU'}, ` +
    `${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}` +
    (process.env.DATABASE_URL ? ', with a PostgreSQL server (DATABASE_URL).' : ', PGlite only.'),
  '',
];
for (const section of sections) {
  console.log(`# ${section.title}`);
  const figures = await section.run();
  lines.push(`## ${section.title}`, '', '| measure | result |', '|---|---|');
  for (const figure of figures) {
    console.log(`${figure.name}: ${figure.value}`);
    lines.push(`| ${figure.name} | ${figure.value} |`);
  }
  lines.push('');
}
await writeFile(new URL('../docs/benchmarks.md', import.meta.url), lines.join('\n'));
console.log('Wrote docs/benchmarks.md');
