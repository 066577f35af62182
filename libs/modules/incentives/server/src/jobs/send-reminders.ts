import { addDays, isLocale, parisDay } from '@ancrage/i18n';
import type { ModuleJobContext } from '@ancrage/module-sdk';
import type { IncentivesSettings, SchemeContent } from '@ancrage/incentives-domain';
import type { ApplicationsDb } from '../applications/applications-db';
import { queueCommitmentCheckEmail, queuePaymentDueEmail, type MailTenant } from './reminder-emails';

/**
 * Sends every reminder of the tenant that is due and not sent yet, marking it
 * sent with its outbox email. Safe to run twice and side by side: each
 * reminder is taken by one run (`skip locked`) and sent once.
 * A reminder no longer relevant (commitment over, payment made) is dropped.
 */
export async function sendDueReminders(job: ModuleJobContext) {
  const settings = job.settings as IncentivesSettings;
  await job.inTenant(async (trx) => {
    const db = trx as ApplicationsDb;
    const today = parisDay(new Date());
    const tenantRow = await db.selectFrom('platformTenant').select(['name', 'defaultLocale']).where('id', '=', job.tenant.id).executeTakeFirstOrThrow();
    const tenant: MailTenant = { id: job.tenant.id, name: tenantRow.name, locale: isLocale(tenantRow.defaultLocale) ? tenantRow.defaultLocale : 'fr', contactEmail: settings.contactEmail };
    const due = await db
      .selectFrom('incentivesReminder')
      .selectAll()
      .where('sentAt', 'is', null)
      .where('dueOn', '<=', today)
      .orderBy('dueOn')
      .forUpdate()
      .skipLocked()
      .execute();
    for (const reminder of due) {
      const application = await db.selectFrom('incentivesApplication').selectAll().where('id', '=', reminder.applicationId).executeTakeFirstOrThrow();
      const version = await db
        .selectFrom('incentivesSchemeVersion')
        .select('content')
        .where('schemeId', '=', application.schemeId)
        .where('version', '=', application.schemeVersion)
        .executeTakeFirstOrThrow();
      const schemeName = (version.content as SchemeContent).name;
      const drop = () => db.deleteFrom('incentivesReminder').where('id', '=', reminder.id).execute();
      let emailId: string;
      if (reminder.kind === 'commitment-check') {
        if (application.status !== 'commitment-running' || !application.email) {
          await drop();
          continue;
        }
        emailId = await queueCommitmentCheckEmail(db, tenant, application, schemeName);
      } else {
        // The payments this reminder announces: still to pay, due within the notice the officers asked for.
        const payments =
          settings.paymentReminderDays === 0
            ? []
            : await db
                .selectFrom('incentivesPayment')
                .select(['seq', 'dueOn', 'amountCents'])
                .where('applicationId', '=', application.id)
                .where('status', '=', 'scheduled')
                .where('dueOn', '<=', addDays(reminder.dueOn, settings.paymentReminderDays))
                .orderBy('seq')
                .execute();
        if (payments.length === 0) {
          await drop();
          continue;
        }
        // Without a contact address the reminder stays due, listed in the back-office.
        if (!tenant.contactEmail) continue;
        emailId = await queuePaymentDueEmail(db, tenant, application, schemeName, payments);
      }
      await db.updateTable('incentivesReminder').set({ sentAt: new Date(), emailId }).where('id', '=', reminder.id).execute();
    }
  });
}
