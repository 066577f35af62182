// `npm run bench [suite…]`: runs the benchmarks (all by default), writes each
// result to bench/results/<suite>-<date>.json and prints Markdown tables.
// Every suite compares against a baseline measured in the same run.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { root } from '../tools/scripts/run.mjs';

const suites = {
  startup: async () => {
    const { runStartupBenchmark, startupTable } = await import('./startup.bench.mjs');
    const result = await runStartupBenchmark();
    return { result, table: startupTable(result) };
  },
  accessibility: async () => {
    const { runAccessibilityBenchmark, accessibilityTable } = await import('./accessibility.bench.ts');
    const result = await runAccessibilityBenchmark();
    return { result, table: accessibilityTable(result) };
  },
  'api-workload': async () => {
    const { runApiWorkloadBenchmark, apiWorkloadTable } = await import('./api-workload.bench.ts');
    const result = await runApiWorkloadBenchmark();
    return { result, table: apiWorkloadTable(result) };
  },
  'rpps-import': async () => {
    const { runRppsImportBenchmark, rppsImportTable } = await import('./rpps-import.bench.ts');
    const result = await runRppsImportBenchmark();
    return { result, table: rppsImportTable(result) };
  },
};

const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !(name in suites));
if (unknown.length > 0) {
  console.error(`Unknown benchmark ${unknown.join(', ')}; known: ${Object.keys(suites).join(', ')}`);
  process.exit(2);
}
await mkdir(join(root, 'bench/results'), { recursive: true });
for (const name of asked.length > 0 ? asked : Object.keys(suites)) {
  const { result, table } = await suites[name]();
  await writeFile(join(root, 'bench/results', `${name}-${new Date().toISOString().slice(0, 10)}.json`), JSON.stringify(result, null, 2));
  console.log(`\n## ${name}\n\n${table}`);
}
