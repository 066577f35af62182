// `npx tsx bench/accessibility.bench.ts`: APL accessibility of every commune of
// France, grid-indexed (median of BENCH_RUNS runs, 3 by default) against the
// all-pairs reference (once), in the same run, on the same input. Centroids from
// ../shared/data/geo, populations from @etalab/decoupage-administratif, and a
// fictitious supply drawn by a seeded generator (about one GP FTE per 1 200 inhabitants).
import { readFile, mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import etalabCommunes from '@etalab/decoupage-administratif/data/communes.json' with { type: 'json' };
import Papa from 'papaparse';
import {
  DEFAULT_DECAY_BANDS,
  DEFAULT_TRAVEL_MODEL,
  computeAccessibility,
  computeAccessibilityNaive,
  type AccessibilityInput,
  type CommunePoint,
} from '../libs/modules/demography/domain/src/accessibility/index.ts';
import { buildCatchments } from '../libs/modules/demography/domain/src/accessibility/catchments.ts';
import { projectCommunes } from '../libs/modules/demography/domain/src/accessibility/projected-communes.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const INHABITANTS_PER_FTE = 1200;
const SEED = 20_260_555;
const RELATIVE_TOLERANCE = 1e-9;

export interface AccessibilityBenchmarkResult {
  date: string;
  runs: number;
  communes: number;
  inhabitants: number;
  supplyCommunes: number;
  supplyFte: number;
  pairsWithinReach: number;
  fastMs: number;
  naiveMs: number;
  speedUp: number;
  maxRelativeDifference: number;
  identicalValues: number;
}

/** mulberry32: a small seeded generator, so that every run draws the same supply. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

async function loadCommunes(): Promise<CommunePoint[]> {
  const text = await readFile(join(root, '../shared/data/geo/communes-centroids.csv'), 'utf8');
  const rows = Papa.parse<{ code: string; lat: string; lon: string }>(text, { header: true, skipEmptyLines: true }).data;
  const populations = new Map<string, number>();
  for (const commune of etalabCommunes as { code: string; type: string; population?: number }[]) {
    if (commune.type === 'commune-actuelle') populations.set(commune.code, commune.population ?? 0);
  }
  return rows.map(({ code, lat, lon }) => ({ code, lat: Number(lat), lon: Number(lon), population: populations.get(code) ?? 0 }));
}

/** Practices are likelier in bigger communes; each holds FTE in proportion to its population, one per 1 200 inhabitants overall. */
function syntheticSupply(communes: readonly CommunePoint[]): Map<string, number> {
  const random = seededRandom(SEED);
  const practices = communes
    .filter(({ population }) => random() < population / (population + 1500))
    .map(({ code, population }) => ({ code, weight: population * (0.5 + random()) }));
  const totalFte = communes.reduce((sum, { population }) => sum + population, 0) / INHABITANTS_PER_FTE;
  const totalWeight = practices.reduce((sum, { weight }) => sum + weight, 0);
  return new Map(practices.map(({ code, weight }) => [code, Math.max(0.1, Math.round((10 * totalFte * weight) / totalWeight) / 10)]));
}

function timed<T>(work: () => T): { value: T; ms: number } {
  const started = performance.now();
  const value = work();
  return { value, ms: performance.now() - started };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

function compare(fast: ReadonlyMap<string, number>, naive: ReadonlyMap<string, number>): { maxRelativeDifference: number; identicalValues: number } {
  let maxRelativeDifference = 0;
  let identicalValues = 0;
  for (const [code, expected] of naive) {
    const actual = fast.get(code);
    if (actual === undefined) throw new Error(`commune ${code} is missing from the fast result`);
    if (actual === expected) identicalValues++;
    else maxRelativeDifference = Math.max(maxRelativeDifference, Math.abs(actual - expected) / Math.max(Math.abs(actual), Math.abs(expected)));
  }
  if (fast.size !== naive.size || !(maxRelativeDifference <= RELATIVE_TOLERANCE)) {
    throw new Error(`fast and naive results differ (relative difference up to ${maxRelativeDifference})`);
  }
  return { maxRelativeDifference, identicalValues };
}

export async function runAccessibilityBenchmark({ runs = Number(process.env['BENCH_RUNS'] ?? 3) } = {}): Promise<AccessibilityBenchmarkResult> {
  const communes = await loadCommunes();
  const supply = syntheticSupply(communes);
  const input: AccessibilityInput = { communes, supply, travel: DEFAULT_TRAVEL_MODEL, bands: DEFAULT_DECAY_BANDS };
  const pairsWithinReach = buildCatchments(projectCommunes(communes), input.travel, input.bands).pairCount;
  const fastRuns = Array.from({ length: runs }, () => timed(() => computeAccessibility(input)));
  const fast = fastRuns[0];
  if (!fast) throw new Error('BENCH_RUNS must be at least 1');
  const naive = timed(() => computeAccessibilityNaive(input));
  const fastMs = median(fastRuns.map(({ ms }) => ms));
  const result: AccessibilityBenchmarkResult = {
    date: new Date().toISOString(),
    runs,
    communes: communes.length,
    inhabitants: communes.reduce((sum, { population }) => sum + population, 0),
    supplyCommunes: supply.size,
    supplyFte: Math.round([...supply.values()].reduce((sum, fte) => sum + fte, 0)),
    pairsWithinReach,
    fastMs: Math.round(fastMs),
    naiveMs: Math.round(naive.ms),
    speedUp: Number((naive.ms / fastMs).toFixed(1)),
    ...compare(fast.value, naive.value),
  };
  await mkdir(join(root, 'bench/results'), { recursive: true });
  await writeFile(join(root, 'bench/results', `accessibility-${result.date.slice(0, 10)}.json`), JSON.stringify(result, null, 2));
  return result;
}

export function accessibilityTable(result: AccessibilityBenchmarkResult): string {
  const number = new Intl.NumberFormat('fr-FR');
  return [
    '| communes | pairs within reach | fast (ms, median) | naive (ms) | naive / fast |',
    '| --- | --- | --- | --- | --- |',
    `| ${number.format(result.communes)} | ${number.format(result.pairsWithinReach)} | ${number.format(result.fastMs)} | ${number.format(result.naiveMs)} | ${number.format(result.speedUp)} |`,
  ].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await runAccessibilityBenchmark();
  console.log(accessibilityTable(result));
  console.log(
    `\n${result.supplyCommunes} communes with supply (${result.supplyFte} FTE, fictitious) for ${result.inhabitants} inhabitants; ` +
      `${result.identicalValues} of ${result.communes} values bit-identical, largest relative difference ${result.maxRelativeDifference}.`,
  );
}
