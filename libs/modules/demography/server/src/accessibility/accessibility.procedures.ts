import type { TRPCRouterRecord } from '@trpc/server';
import { appError } from '@ancrage/trpc';
import { accessibilityInput, classifyCommunes, computeAccessibility, placementInput, rankPlacements, runScenario, scenarioInput } from '@ancrage/demography-domain';
import { demographyDb, procedures, settingsOf } from '../context';
import { resolveSnapshot } from '../snapshots/resolve-snapshot';
import { loadAccessibilityContext, underservedThreshold, withValidModel } from './accessibility-input';

export const accessibilityProcedures = {
  /** APL-style accessibility (FTE per 100 000 inhabitants within reach) of each commune of the département. */
  accessibility: procedures
    .withPermission('demography.read')
    .input(accessibilityInput)
    .query(async ({ ctx, input }) => {
      const db = demographyDb(ctx);
      const snapshot = await resolveSnapshot(db, input.snapshotId);
      if (!snapshot) return { snapshot, threshold: null, missingCentroids: 0, communes: [] };
      const settings = settingsOf(ctx);
      const context = await loadAccessibilityContext(db, snapshot.id, input.subject, settings);
      if (context.home.length === 0) return { snapshot, threshold: null, missingCentroids: context.missingCentroids, communes: [] };
      const values = withValidModel(() => computeAccessibility(context.input));
      const threshold = underservedThreshold(values, context.home, settings);
      const classes = classifyCommunes(values, threshold);
      return {
        snapshot,
        threshold,
        missingCentroids: context.missingCentroids,
        communes: context.home.map((c) => ({ code: c.code, name: c.name, population: c.population, value: values.get(c.code) ?? 0, serviceClass: classes.get(c.code) ?? 'underserved' })),
      };
    }),

  /** "These professionals leave" / "N FTE settle in X": which communes and how many inhabitants change class. */
  scenario: procedures
    .withPermission('demography.read')
    .input(scenarioInput)
    .query(async ({ ctx, input }) => {
      const db = demographyDb(ctx);
      const snapshot = await resolveSnapshot(db, input.snapshotId);
      if (!snapshot) throw appError('NOT_FOUND', 'demography:import.snapshotNotFound');
      const settings = settingsOf(ctx);
      const context = await loadAccessibilityContext(db, snapshot.id, input.subject, settings);
      const placed = new Set(context.input.communes.map((c) => c.code));
      const unplaced = input.changes.find((change) => !placed.has(change.communeCode));
      if (unplaced) throw appError('BAD_REQUEST', 'demography:accessibility.communeWithoutCentroid', { code: unplaced.communeCode });
      const result = withValidModel(() => {
        const threshold = underservedThreshold(computeAccessibility(context.input), context.home, settings);
        return { threshold, ...runScenario(context.input, input.changes, threshold) };
      });
      const names = new Map(context.home.map((c) => [c.code, c.name]));
      return {
        snapshot,
        threshold: result.threshold,
        newlyServedInhabitants: result.newlyServedInhabitants,
        newlyUnderservedInhabitants: result.newlyUnderservedInhabitants,
        underservedInhabitantsBefore: result.underservedInhabitantsBefore,
        underservedInhabitantsAfter: result.underservedInhabitantsAfter,
        changed: result.changed.filter((c) => names.has(c.code)).map((c) => ({ ...c, name: names.get(c.code) as string })),
      };
    }),

  /** Where one more FTE would raise accessibility the most for under-served inhabitants. */
  placements: procedures
    .withPermission('demography.read')
    .input(placementInput)
    .query(async ({ ctx, input }) => {
      const db = demographyDb(ctx);
      const snapshot = await resolveSnapshot(db, input.snapshotId);
      if (!snapshot) throw appError('NOT_FOUND', 'demography:import.snapshotNotFound');
      const settings = settingsOf(ctx);
      const context = await loadAccessibilityContext(db, snapshot.id, input.subject, settings);
      const names = new Map(context.home.map((c) => [c.code, c.name]));
      const placements = withValidModel(() => {
        const threshold = underservedThreshold(computeAccessibility(context.input), context.home, settings);
        return rankPlacements(context.input, threshold, { fte: input.fte, candidates: [...names.keys()], limit: input.limit });
      });
      return { snapshot, placements: placements.map((p) => ({ ...p, name: names.get(p.communeCode) as string })) };
    }),
} satisfies TRPCRouterRecord;
