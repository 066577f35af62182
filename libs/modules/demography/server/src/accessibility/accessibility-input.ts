import type { Kysely } from 'kysely';
import { appError } from '@ancrage/trpc';
import {
  AccessibilityInputError,
  populationWeightedMean,
  subjectById,
  type AccessibilityInput,
  type DemographySettings,
  type SubjectId,
} from '@ancrage/demography-domain';
import type { DemographyDatabase } from '../demography-schema';
import { supplyByCommune } from '../indicators/situations.repository';
import { listStudyArea, type StudyAreaCommune } from '../study-area/study-area.repository';

/** The travel model and decay bands of the tenant's settings. */
export function accessibilityModelOf(settings: DemographySettings): Pick<AccessibilityInput, 'travel' | 'bands'> {
  return {
    travel: { detourFactor: settings.detourFactor, speedKmh: settings.speedKmh },
    bands: [
      { maxMinutes: settings.fullWeightMinutes, weight: 1 },
      { maxMinutes: settings.mediumWeightMinutes, weight: settings.mediumWeight },
      { maxMinutes: settings.lowWeightMinutes, weight: settings.lowWeight },
    ],
  };
}

export interface AccessibilityContext {
  input: AccessibilityInput;
  /** The tenant's communes that have a centroid (the others cannot be placed). */
  home: StudyAreaCommune[];
  missingCentroids: number;
}

/** Communes with centroids (the département and its neighbours) and the subject's supply in a snapshot. */
export async function loadAccessibilityContext(db: Kysely<DemographyDatabase>, snapshotId: string, subject: SubjectId, settings: DemographySettings): Promise<AccessibilityContext> {
  const area = await listStudyArea(db);
  const placed = area.filter((c) => c.longitude !== null && c.latitude !== null);
  const supply = await supplyByCommune(db, snapshotId, subjectById(subject));
  const placedCodes = new Set(placed.map((c) => c.code));
  return {
    input: {
      communes: placed.map((c) => ({ code: c.code, lon: c.longitude as number, lat: c.latitude as number, population: c.population })),
      supply: new Map([...supply].filter(([code]) => placedCodes.has(code))),
      ...accessibilityModelOf(settings),
    },
    home: placed.filter((c) => c.isHome),
    missingCentroids: area.filter((c) => c.isHome).length - placed.filter((c) => c.isHome).length,
  };
}

/** Under-served: below the configured share of the département's population-weighted mean. */
export function underservedThreshold(values: ReadonlyMap<string, number>, home: readonly StudyAreaCommune[], settings: DemographySettings): number {
  const mean = populationWeightedMean(home.map((c) => ({ population: c.population, value: values.get(c.code) ?? null }))) ?? 0;
  return (mean * settings.underservedPercentOfMean) / 100;
}

// Problems the tenant's settings can cause; any other is a defect in the data, answered generically.
const SETTINGS_PROBLEMS = new Set(['bandsNotIncreasing', 'weightsIncreasing', 'bandMinutesInvalid', 'weightOutOfRange', 'travelNotPositive']);

/** Runs a computation, turning invalid settings into a translated refusal. */
export function withValidModel<T>(compute: () => T): T {
  try {
    return compute();
  } catch (error) {
    if (error instanceof AccessibilityInputError) {
      throw appError('BAD_REQUEST', SETTINGS_PROBLEMS.has(error.problem) ? `demography:accessibility.problems.${error.problem}` : 'demography:accessibility.invalidData');
    }
    throw error;
  }
}
