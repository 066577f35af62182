import type { TRPCRouterRecord } from '@trpc/server';
import { moduleProcedures } from '@ancrage/trpc';
import { centreGovernanceModule } from '@ancrage/centre-governance-domain';
import { governanceDb } from './cg-db';

const procedures = moduleProcedures(centreGovernanceModule);

/** The public side: the tenant's health centres, their sites and opening hours (no one's personal data). */
export const portalProcedures = {
  publicCentres: procedures.public().query(async ({ ctx }) => {
    const db = governanceDb(ctx);
    const centres = await db.selectFrom('centreGovernanceCentre').select(['id', 'name', 'description', 'status', 'plannedOpeningOn', 'openedOn']).where('status', '<>', 'closed').orderBy('name').execute();
    if (centres.length === 0) return [];
    const sites = await db
      .selectFrom('centreGovernanceSite')
      .select(['id', 'centreId', 'name', 'kind', 'address', 'communeName', 'openingHours'])
      .where('centreId', 'in', centres.map((centre) => centre.id))
      .orderBy('kind', 'desc')
      .orderBy('name')
      .execute();
    return centres.map((centre) => ({ ...centre, sites: sites.filter((site) => site.centreId === centre.id) }));
  }),
} satisfies TRPCRouterRecord;
