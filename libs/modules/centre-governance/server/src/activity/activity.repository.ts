import type { MonthlyActivity } from '@ancrage/centre-governance-domain';
import type { GovernanceDb } from '../cg-db';

export function sitesOfCentre(db: GovernanceDb, centreId: string) {
  return db.selectFrom('centreGovernanceSite').select(['id', 'name', 'kind']).where('centreId', '=', centreId).orderBy('kind', 'desc').orderBy('name').execute();
}

/** Monthly figures of sites for the months from `fromMonth` to `toMonth` (both "YYYY-MM", included). */
export async function monthlyActivity(db: GovernanceDb, siteIds: readonly string[], fromMonth: string, toMonth: string): Promise<(MonthlyActivity & { siteId: string })[]> {
  if (siteIds.length === 0) return [];
  const rows = await db
    .selectFrom('centreGovernanceActivity')
    .select(['siteId', 'month', 'consultations', 'unscheduledConsultations', 'homeVisits', 'activePatients', 'referringDoctorPatients', 'feeRevenueCents', 'fte'])
    .where('siteId', 'in', siteIds)
    .where('month', '>=', fromMonth)
    .where('month', '<=', toMonth)
    .orderBy('month')
    .execute();
  return rows;
}

export function upsertActivity(db: GovernanceDb, tenantId: string, updatedBy: string | null, row: MonthlyActivity & { siteId: string }) {
  const values = {
    consultations: row.consultations,
    unscheduledConsultations: row.unscheduledConsultations,
    homeVisits: row.homeVisits,
    activePatients: row.activePatients,
    referringDoctorPatients: row.referringDoctorPatients,
    feeRevenueCents: row.feeRevenueCents,
    fte: JSON.stringify(row.fte),
    updatedBy,
    updatedAt: new Date(),
  };
  return db
    .insertInto('centreGovernanceActivity')
    .values({ tenantId, siteId: row.siteId, month: row.month, ...values })
    .onConflict((conflict) => conflict.columns(['tenantId', 'siteId', 'month']).doUpdateSet(values))
    .execute();
}
