import type { TRPCRouterRecord } from '@trpc/server';
import { appError, moduleProcedures } from '@ancrage/trpc';
import { parisDay } from '@ancrage/i18n';
import { evaluateScheme, incentivesModule } from '@ancrage/incentives-domain';
import { incentivesDb } from '../incentives-db';
import { contentReferences } from '../schemes/scheme-checks';
import { placeNames, searchTerritoryCommunes } from '../schemes/territory-geo';
import { publicDetail, publicSummary } from './portal-dto';
import { publishedSchemes, type PublishedScheme } from './portal.repository';
import { portalCommunesInput, portalSchemeInput, simulateInput } from './portal.schema';

const procedures = moduleProcedures(incentivesModule);

/** How many communes a picker proposes at once. */
const COMMUNE_MATCHES = 20;

const today = () => parisDay(new Date());

/** Every place the schemes name, merged: one lookup for a page of them. */
function allReferences(schemes: readonly PublishedScheme[]) {
  const references = schemes.map((scheme) => contentReferences(scheme.content));
  return {
    communes: references.flatMap((reference) => reference.communes),
    epcis: references.flatMap((reference) => reference.epcis),
    perimeterIds: references.flatMap((reference) => reference.perimeterIds),
  };
}

const byName = (a: PublishedScheme, b: PublishedScheme) => a.content.name.fr.localeCompare(b.content.name.fr, 'fr');

/** The tenant's portal, without an account: published schemes (current version only) and the simulator. */
export const portalProcedures = {
  portalSchemes: procedures.public().query(async ({ ctx }) => {
    const day = today();
    return (await publishedSchemes(incentivesDb(ctx))).sort(byName).map((scheme) => publicSummary(scheme, day));
  }),

  portalScheme: procedures
    .public()
    .input(portalSchemeInput)
    .query(async ({ ctx, input }) => {
      const db = incentivesDb(ctx);
      const published = await publishedSchemes(db);
      const scheme = published.find((candidate) => candidate.slug === input.slug);
      if (!scheme) throw appError('NOT_FOUND', 'incentives:errors.schemeNotOnPortal');
      const places = await placeNames(db, contentReferences(scheme.content));
      return publicDetail(scheme, today(), { places, published });
    }),

  /** Every published scheme evaluated on the visitor's answers, eligible ones first, each verdict explained condition by condition. */
  simulate: procedures
    .public()
    .input(simulateInput)
    .query(async ({ ctx, input }) => {
      const db = incentivesDb(ctx);
      const day = today();
      const published = (await publishedSchemes(db)).sort(byName);
      const results = published
        .map((scheme) => ({
          ...publicSummary(scheme, day),
          verdict: evaluateScheme(scheme.content, input.profile, scheme.geo, { schemeRef: scheme.reference }),
        }))
        // Stable sort: eligible first, each group by name.
        .sort((a, b) => Number(b.verdict.eligible) - Number(a.verdict.eligible));
      return { results, places: await placeNames(db, allReferences(published)) };
    }),

  /** The tenant's communes matching a name, an INSEE code or a postal code, for the simulator's commune picker. */
  portalCommunes: procedures
    .public()
    .input(portalCommunesInput)
    .query(({ ctx, input }) => searchTerritoryCommunes(incentivesDb(ctx), input.search, COMMUNE_MATCHES)),
} satisfies TRPCRouterRecord;
