import { enqueueJob } from '@ancrage/jobs';
import { addDays, parisToDate } from '@ancrage/i18n';
import { moduleJobQueue } from '@ancrage/module-sdk';
import { addMonths, incentivesModule, type IncentivesSettings } from '@ancrage/incentives-domain';
import type { ApplicationsDb } from '../applications/applications-db';

export const REMINDER_QUEUE = moduleJobQueue(incentivesModule.id, 'reminders');

/** Reminders of a day to come go out that morning (Paris time); those due today or before, at once. */
async function wakeUpOn(db: ApplicationsDb, tenantId: string, day: string, today: string) {
  await enqueueJob(db, { queue: REMINDER_QUEUE, tenantId, runAt: day > today ? parisToDate(`${day}T08:00`) : new Date() });
}

async function plan(db: ApplicationsDb, tenantId: string, applicationId: string, kind: 'commitment-check' | 'payment-due', days: readonly string[], today: string) {
  const unique = [...new Set(days)];
  if (unique.length === 0) return;
  await db
    .insertInto('incentivesReminder')
    .values(unique.map((dueOn) => ({ tenantId, applicationId, kind, dueOn, sentAt: null, emailId: null })))
    .onConflict((conflict) => conflict.columns(['tenantId', 'applicationId', 'kind', 'dueOn']).doNothing())
    .execute();
  for (const day of unique) await wakeUpOn(db, tenantId, day, today);
}

/** The days a beneficiary is asked for a proof of practice: every `commitmentCheckMonths` after the start, before the end, from today on. */
export function commitmentCheckDays(startsOn: string, endsOn: string, everyMonths: number, today: string): string[] {
  const days: string[] = [];
  for (let k = 1; ; k += 1) {
    const day = addMonths(startsOn, k * everyMonths);
    if (day >= endsOn) return days;
    if (day >= today) days.push(day);
  }
}

export function planCommitmentChecks(db: ApplicationsDb, settings: IncentivesSettings, application: { tenantId: string; id: string; startsOn: string; endsOn: string }, today: string) {
  return plan(db, application.tenantId, application.id, 'commitment-check', commitmentCheckDays(application.startsOn, application.endsOn, settings.commitmentCheckMonths, today), today);
}

/** One reminder `paymentReminderDays` before each scheduled payment (today for those already due); none when the setting is 0. */
export function paymentReminderDays(dueDays: readonly string[], reminderDays: number, today: string): string[] {
  if (reminderDays === 0) return [];
  return dueDays.map((dueOn) => {
    const day = addDays(dueOn, -reminderDays);
    return day < today ? today : day;
  });
}

export function planPaymentReminders(db: ApplicationsDb, settings: IncentivesSettings, application: { tenantId: string; id: string }, dueDays: readonly string[], today: string) {
  return plan(db, application.tenantId, application.id, 'payment-due', paymentReminderDays(dueDays, settings.paymentReminderDays, today), today);
}

/** Forgets the reminders not sent yet (the commitment ended or was broken, the file is closed). */
export function dropPendingReminders(db: ApplicationsDb, applicationId: string) {
  return db.deleteFrom('incentivesReminder').where('applicationId', '=', applicationId).where('sentAt', 'is', null).execute();
}
