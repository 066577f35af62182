import type { ScheduledPayment } from '@ancrage/incentives-domain';
import type { ApplicationsDb } from '../applications/applications-db';

/** The dated payments of an agreement, all scheduled. */
export async function insertSchedule(db: ApplicationsDb, tenantId: string, applicationId: string, schedule: readonly ScheduledPayment[]) {
  if (schedule.length === 0) return;
  await db
    .insertInto('incentivesPayment')
    .values(schedule.map((payment) => ({ tenantId, applicationId, seq: payment.seq, dueOn: payment.dueOn, amountCents: payment.amountCents, paidOn: null })))
    .execute();
}

/** Cancels what remains to pay; returns the cancelled payments. */
export function cancelScheduledPayments(db: ApplicationsDb, applicationId: string) {
  return db
    .updateTable('incentivesPayment')
    .set({ status: 'cancelled' })
    .where('applicationId', '=', applicationId)
    .where('status', '=', 'scheduled')
    .returning(['id', 'seq', 'amountCents'])
    .execute();
}

export async function paidCentsOf(db: ApplicationsDb, applicationId: string): Promise<number> {
  const row = await db
    .selectFrom('incentivesPayment')
    .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('amountCents'), eb.lit(0)).as('paid'))
    .where('applicationId', '=', applicationId)
    .where('status', '=', 'paid')
    .executeTakeFirstOrThrow();
  return Number(row.paid);
}

export async function scheduledCount(db: ApplicationsDb, applicationId: string): Promise<number> {
  const row = await db
    .selectFrom('incentivesPayment')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('applicationId', '=', applicationId)
    .where('status', '=', 'scheduled')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
