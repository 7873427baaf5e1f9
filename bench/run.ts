// `npm run bench`: runs every benchmark and writes docs/benchmarks.md. Figures vary with the
// machine; the file records which machine produced them. Nothing here asserts a timing.
import { readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { benchEngine } from './engine';
import { benchApi } from './api';
import { benchDecisions } from './decisions';
import { benchPerformance } from './performance';
import { benchRequisitions } from './requisitions';
import { benchReporting } from './reporting';
import { benchAudit } from './audit';
import { benchGovernmentReport } from './government-report';

interface Figure {
  name: string;
  value: string;
}

const sections: { title: string; run: () => Promise<Figure[]> }[] = [
  { title: 'Allocation engine (pure domain code)', run: benchEngine },
  { title: 'Performance-based grants (pure domain code)', run: benchPerformance },
  { title: 'HTTP API', run: benchApi },
  { title: 'Requisitions (HTTP API, 290 organisations)', run: benchRequisitions },
  { title: 'Decisions: issuing and printing a batch', run: benchDecisions },
  { title: 'Follow-up reporting (HTTP API, 290 submissions at once)', run: benchReporting },
  { title: 'Receivables and audit samples (290 submitted reports)', run: benchAudit },
  { title: 'Report to the government (pure domain code)', run: benchGovernmentReport },
];

// `BENCH_ONLY=Decisions npm run bench` runs only the sections whose title starts with it and
// replaces just those sections in docs/benchmarks.md (the others keep their last figures).
const only = process.env.BENCH_ONLY;
const OUTPUT = new URL('../docs/benchmarks.md', import.meta.url);

const lines = [
  '# Benchmarks',
  '',
  'Written by `npm run bench`; do not edit by hand.',
  '',
  `Run ${new Date().toISOString()} on ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown CPU'}, ` +
    `${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}` +
    (process.env.DATABASE_URL ? ', with a PostgreSQL server (DATABASE_URL).' : ', PGlite only.') +
    (only ? ` Only "${only}…" was run then; the other sections are from an earlier run.` : ''),
  '',
];
const previous = only ? await readFile(OUTPUT, 'utf8').catch(() => '') : '';
/** The lines of a section as the last full run wrote them, when it is not run now. */
function previousSection(title: string): string[] {
  const start = previous.indexOf(`## ${title}\n`);
  if (start < 0) return [];
  const end = previous.indexOf('\n## ', start + 1);
  return previous
    .slice(start, end < 0 ? undefined : end)
    .trimEnd()
    .split('\n')
    .concat('');
}
for (const section of sections) {
  if (only && !section.title.startsWith(only)) {
    lines.push(...previousSection(section.title));
    continue;
  }
  console.log(`# ${section.title}`);
  const figures = await section.run();
  lines.push(`## ${section.title}`, '', '| measure | result |', '|---|---|');
  for (const figure of figures) {
    console.log(`${figure.name}: ${figure.value}`);
    lines.push(`| ${figure.name} | ${figure.value} |`);
  }
  lines.push('');
}
await writeFile(OUTPUT, lines.join('\n'));
console.log('Wrote docs/benchmarks.md');
