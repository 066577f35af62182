import { enqueueJob } from '@ancrage/jobs';
import { moduleJobQueue, type ModuleJobContext } from '@ancrage/module-sdk';
import { centreGovernanceModule, parisToDate } from '@ancrage/centre-governance-domain';
import type { GovernanceDb } from '../cg-db';

export const RETENTION_QUEUE = moduleJobQueue(centreGovernanceModule.id, 'retention');
const RETENTION_MONTHS = centreGovernanceModule.personalData[0]?.retentionMonths ?? 60;

/** Keeps the contracts and bookings (the centre's FTE and history), forgets the person. */
export const anonymisedProfessional = { firstName: '—', lastName: '—', email: '', phone: '', supervisorName: '', faculty: '' } as const;

/** The day a professional's data may be kept until: `RETENTION_MONTHS` after a day ("YYYY-MM-DD"). */
export function retentionEnd(lastDay: string): Date {
  const end = parisToDate(`${lastDay}T00:00`);
  end.setUTCMonth(end.getUTCMonth() + RETENTION_MONTHS);
  return end;
}

/** The last day a professional worked at the centre: null while a contract has no end. */
async function lastDayOf(db: GovernanceDb, professionalId: string): Promise<string | null> {
  const person = await db.selectFrom('centreGovernanceProfessional').select(['semesterEnd']).where('id', '=', professionalId).executeTakeFirst();
  const contracts = await db.selectFrom('centreGovernanceContract').select('endsOn').where('professionalId', '=', professionalId).execute();
  if (contracts.some((contract) => contract.endsOn === null)) return null;
  const days = [person?.semesterEnd ?? null, ...contracts.map((contract) => contract.endsOn)].filter((day): day is string => day !== null);
  return days.sort().at(-1) ?? null;
}

/** Schedules the anonymisation of a professional once the retention period after their last day is over. */
export async function scheduleRetention(db: GovernanceDb, tenantId: string, professionalId: string) {
  const lastDay = await lastDayOf(db, professionalId);
  if (lastDay) await enqueueJob(db, { queue: RETENTION_QUEUE, tenantId, payload: { professionalId }, runAt: retentionEnd(lastDay) });
}

/** The job: anonymises the professional unless a later contract or semester moved their last day (the later job applies). */
export async function anonymiseProfessional(job: ModuleJobContext) {
  const professionalId = String(job.payload['professionalId']);
  await job.inTenant(async (trx) => {
    const db = trx as GovernanceDb;
    const lastDay = await lastDayOf(db, professionalId);
    if (!lastDay || retentionEnd(lastDay) > new Date()) return;
    await db
      .updateTable('centreGovernanceProfessional')
      .set({ ...anonymisedProfessional, erasedAt: new Date(), updatedAt: new Date() })
      .where('id', '=', professionalId)
      .where('erasedAt', 'is', null)
      .execute();
  });
}
