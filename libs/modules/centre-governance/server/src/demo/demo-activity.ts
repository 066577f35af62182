import type { GovernanceDb } from '../cg-db';

/** The twelve months before the current one, oldest first ("YYYY-MM"). */
function lastTwelveMonths(today: string): string[] {
  const [year, month] = today.split('-').map(Number) as [number, number];
  return Array.from({ length: 12 }, (_, index) => {
    const date = new Date(Date.UTC(year, month - 1 - (12 - index), 1));
    return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`;
  });
}

// Winter epidemics and summer holidays shape a general practice's year.
const SEASON = [1.18, 1.12, 1.02, 0.96, 0.94, 0.9, 0.78, 0.7, 0.95, 1.02, 1.08, 1.15];

/** A year of monthly figures for each site, growing as the team settles (fictitious). */
export async function seedActivity(db: GovernanceDb, tenantId: string, siteIds: readonly string[], today: string) {
  const months = lastTwelveMonths(today);
  const rows = siteIds.flatMap((siteId, siteIndex) =>
    months.map((month, index) => {
      const scale = siteIndex === 0 ? 1 : 0.3;
      const season = SEASON[Number(month.slice(5)) - 1] ?? 1;
      const growth = 1 + index * 0.03;
      const consultations = Math.round(1450 * scale * season * growth);
      const activePatients = Math.round((3200 + index * 90) * scale);
      return {
        tenantId,
        siteId,
        month,
        consultations,
        unscheduledConsultations: Math.round(consultations * (0.22 + (index % 3) * 0.01)),
        homeVisits: Math.round(38 * scale * season),
        activePatients,
        referringDoctorPatients: Math.round(activePatients * (0.62 + index * 0.008)),
        // 26.50 € per consultation (G), 35 € per home visit, plus forfaits: integer cents throughout.
        feeRevenueCents: consultations * 2650 + Math.round(38 * scale * season) * 3500 + Math.round(activePatients * 0.1) * 500,
        fte: JSON.stringify(siteIndex === 0 ? { 'general-practitioner': 280 + (index >= 6 ? 100 : 0), 'medical-assistant': 100, secretary: 150 } : { 'general-practitioner': 60, secretary: 40 }),
        updatedBy: null,
      };
    }),
  );
  await db.insertInto('centreGovernanceActivity').values(rows).execute();
}
