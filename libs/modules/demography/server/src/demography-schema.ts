import type { ColumnType, Generated, JSONColumnType } from 'kysely';

export interface DemographyCommuneTable {
  tenantId: string;
  code: string;
  name: string;
  /** Upper-case, accent-free name used to match the RPPS "bureau cedex" town. */
  matchName: string;
  departementCode: string;
  /** In the tenant's own département (otherwise a neighbour's). */
  isHome: boolean;
  epciCode: string | null;
  epciName: string | null;
  population: number;
  postalCodes: string[];
  longitude: number | null;
  latitude: number | null;
  geometry: JSONColumnType<object> | null;
}

export type SnapshotStatus = 'queued' | 'importing' | 'ready' | 'failed' | 'duplicate';

export interface SnapshotCounts {
  rowsRead?: number;
  kept?: number;
  outsideArea?: number;
  malformed?: number;
  unresolved?: number;
  professionals?: number;
}

export interface SnapshotReport {
  malformed?: { line: number; problem: string }[];
  unresolved?: { line: number; postalCode: string | null; town: string | null }[];
  duplicateOf?: string;
}

export interface DemographySnapshotTable {
  tenantId: string;
  id: Generated<string>;
  extractedOn: ColumnType<string, string, string>;
  fileId: string | null;
  fileName: string;
  fileSha256: string | null;
  status: ColumnType<SnapshotStatus, SnapshotStatus | undefined, SnapshotStatus>;
  bytesTotal: ColumnType<number, number | undefined, number>;
  bytesRead: ColumnType<number, number | undefined, number>;
  counts: JSONColumnType<SnapshotCounts, string | undefined, string>;
  report: JSONColumnType<SnapshotReport, string | undefined, string>;
  errorKey: string | null;
  fictitious: Generated<boolean>;
  createdBy: string | null;
  createdAt: ColumnType<Date, never, never>;
  finishedAt: Date | null;
}

export interface DemographySituationTable {
  tenantId: string;
  snapshotId: string;
  lineNumber: number;
  nationalId: string;
  idType: string;
  lastName: string;
  firstName: string;
  professionCode: string;
  professionLabel: string;
  specialtyCode: string | null;
  specialtyLabel: string | null;
  mode: string | null;
  siret: string | null;
  finess: string | null;
  structureId: string | null;
  structureName: string | null;
  sectorCode: string | null;
  sectorLabel: string | null;
  postalCode: string | null;
  communeCode: string | null;
  communeLabel: string | null;
  resolvedBy: 'code' | 'postcode' | 'label' | 'unresolved';
  /** 1 / number of practice sites of the professional: two sites count ½ + ½. */
  weight: number;
}

export interface DemographyReferenceValueTable {
  tenantId: string;
  id: Generated<string>;
  subject: string;
  level: 'region' | 'france';
  densityPer100k: number;
  source: string;
  year: number;
  createdAt: ColumnType<Date, never, never>;
}

export interface DemographyBirthYearTable {
  tenantId: string;
  nationalId: string;
  birthYear: number;
  source: string;
}

/** This module's tables, as Kysely sees them (snake_case in SQL, camelCase here). */
export interface DemographyDatabase {
  demographyCommune: DemographyCommuneTable;
  demographySnapshot: DemographySnapshotTable;
  demographySituation: DemographySituationTable;
  demographyReferenceValue: DemographyReferenceValueTable;
  demographyBirthYear: DemographyBirthYearTable;
}
