import { readRppsHeader, readRppsSituation, splitRppsLine, type RppsSituation } from '@ancrage/demography-domain';
import type { SnapshotCounts, SnapshotReport } from '../demography-schema';
import type { Resolution } from './commune-resolver';

/** A row ready to be written: the situation, where it was placed, its weight. */
export interface KeptSituation {
  lineNumber: number;
  situation: RppsSituation;
  communeCode: string | null;
  resolvedBy: 'code' | 'postcode' | 'label' | 'unresolved';
  weight: number;
}

export interface ImportSink {
  /** Writes one batch; called in file order. */
  write(rows: readonly KeptSituation[], progress: { counts: SnapshotCounts }): Promise<void>;
  /** Professionals whose rows were not contiguous: their weights are set once the file is read. */
  reweigh(weights: ReadonlyMap<string, number>): Promise<void>;
}

export type ImportOutcome =
  | { ok: true; counts: Required<SnapshotCounts>; report: SnapshotReport }
  | { ok: false; errorKey: 'import.emptyFile' | 'import.missingColumns'; missing?: string[] };

const LISTED_LIMIT = 1000;
const BATCH_SIZE = 1000;

/**
 * Reads an RPPS extract line by line and hands the rows practising in the
 * study area to the sink in batches. Memory holds one batch and one counter
 * per kept professional, never the file.
 *
 * A professional practising at n sites counts 1/n at each. The national
 * extract lists a professional's rows together; when they are not, the
 * weights of kept professionals are corrected at the end, but rows outside
 * the area read before their first kept row are not counted.
 */
export async function importRppsLines(lines: AsyncIterable<string>, resolve: (situation: RppsSituation) => Resolution, sink: ImportSink): Promise<ImportOutcome> {
  const iterator = lines[Symbol.asyncIterator]();
  const first = await iterator.next();
  if (first.done) return { ok: false, errorKey: 'import.emptyFile' };
  const header = readRppsHeader(first.value);
  if (!header.ok) return { ok: false, errorKey: 'import.missingColumns', missing: header.missing };
  const highestIndex = Math.max(...Object.values(header.columns));

  const counts = { rowsRead: 0, kept: 0, outsideArea: 0, malformed: 0, unresolved: 0, professionals: 0 };
  const report: Required<Pick<SnapshotReport, 'malformed' | 'unresolved'>> = { malformed: [], unresolved: [] };
  const sitesOf = new Map<string, number>();
  const scattered = new Set<string>();
  let batch: KeptSituation[] = [];
  let run: { id: string; sites: number; kept: Omit<KeptSituation, 'weight'>[] } | undefined;

  const closeRun = async () => {
    if (!run || run.kept.length === 0) return;
    const earlier = sitesOf.get(run.id);
    if (earlier !== undefined) scattered.add(run.id);
    else counts.professionals++;
    sitesOf.set(run.id, (earlier ?? 0) + run.sites);
    for (const row of run.kept) batch.push({ ...row, weight: 1 / run.sites });
    if (batch.length >= BATCH_SIZE) await flush();
  };
  const flush = async () => {
    if (batch.length === 0) return;
    await sink.write(batch, { counts: { ...counts } });
    batch = [];
  };

  let lineNumber = 1;
  for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
    lineNumber++;
    const line = next.value;
    if (line.trim() === '') continue;
    counts.rowsRead++;
    const parsed = readRppsSituation(splitRppsLine(line), header.columns, highestIndex);
    if (!parsed.ok) {
      counts.malformed++;
      if (report.malformed.length < LISTED_LIMIT) report.malformed.push({ line: lineNumber, problem: parsed.problem });
      continue;
    }
    const situation = parsed.situation;
    if (run?.id !== situation.nationalId) {
      await closeRun();
      run = { id: situation.nationalId, sites: 0, kept: [] };
    }
    run.sites++;
    const place = resolve(situation);
    if (place.kind === 'outside') {
      counts.outsideArea++;
      continue;
    }
    counts.kept++;
    if (place.kind === 'unresolved') {
      counts.unresolved++;
      if (report.unresolved.length < LISTED_LIMIT) report.unresolved.push({ line: lineNumber, postalCode: situation.postalCode, town: situation.communeLabel });
      run.kept.push({ lineNumber, situation, communeCode: null, resolvedBy: 'unresolved' });
    } else {
      run.kept.push({ lineNumber, situation, communeCode: place.communeCode, resolvedBy: place.resolvedBy });
    }
  }
  await closeRun();
  await flush();
  if (scattered.size > 0) await sink.reweigh(new Map([...scattered].map((id) => [id, 1 / (sitesOf.get(id) as number)])));
  return { ok: true, counts, report };
}
