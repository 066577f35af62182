import { z } from 'zod';
import { SUBJECT_IDS } from './professions';

const isoDate = z.iso.date();
const uuid = z.uuid();

export const subjectInput = z.enum(SUBJECT_IDS);

/** Start an import of a stored RPPS extract, dated by the extraction. */
export const startImportInput = z.object({ fileId: uuid, extractedOn: isoDate });
export type StartImportInput = z.input<typeof startImportInput>;

export const snapshotIdInput = z.object({ snapshotId: uuid });

export const territoryLevels = ['commune', 'epci', 'departement', 'perimeter'] as const;
export type TerritoryLevel = (typeof territoryLevels)[number];

/** Indicators of one subject in one snapshot, by territory level (perimeters: the territory module's). */
export const indicatorsInput = z.object({
  subject: subjectInput,
  level: z.enum(territoryLevels).default('commune'),
  snapshotId: uuid.optional(),
});
export type IndicatorsInput = z.input<typeof indicatorsInput>;

export const evolutionInput = z.object({ subject: subjectInput, fromSnapshotId: uuid, toSnapshotId: uuid });

export const communeInput = z.object({ code: z.string().regex(/^(\d{5}|2[AB]\d{3})$/), snapshotId: uuid.optional() });

export const accessibilityInput = z.object({ subject: subjectInput, snapshotId: uuid.optional() });

export const scenarioInput = accessibilityInput.extend({
  changes: z
    .array(z.object({ communeCode: z.string().regex(/^(\d{5}|2[AB]\d{3})$/), deltaFte: z.number().min(-500).max(500).refine((v) => v !== 0) }))
    .min(1)
    .max(50),
});
export type ScenarioInput = z.input<typeof scenarioInput>;

export const placementInput = accessibilityInput.extend({ fte: z.number().min(0.1).max(50).default(1), limit: z.number().int().min(1).max(50).default(10) });

export const referenceValueInput = z.object({
  subject: subjectInput,
  level: z.enum(['region', 'france']),
  densityPer100k: z.number().min(0).max(100_000),
  source: z.string().trim().min(2).max(200),
  year: z.number().int().min(1990).max(2100),
});
export type ReferenceValueInput = z.input<typeof referenceValueInput>;

export const referenceValueIdInput = z.object({ id: uuid });

/** Commune contours (GeoJSON FeatureCollection) from a stored file. */
export const importContoursInput = z.object({ fileId: uuid });

/** Birth years (CSV: identifier;birth year) from a stored file. */
export const importBirthYearsInput = z.object({ fileId: uuid, source: z.string().trim().min(2).max(200) });
