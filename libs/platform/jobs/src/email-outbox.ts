import type { Kysely } from 'kysely';
import { withTenant, type EmailAttachment, type PlatformDatabase } from '@ancrage/db';
import { enqueueJob, type JobHandler } from './job-queue';

export const EMAIL_QUEUE = 'platform.email';

export interface OutgoingEmail {
  tenantId: string;
  to: string;
  subject: string;
  text: string;
  html?: string;
  attachments?: EmailAttachment[];
}

/**
 * Records an email in the tenant's outbox and schedules its delivery, in the
 * caller's tenant transaction: a rolled-back action sends nothing.
 */
export async function queueEmail(db: Kysely<any>, email: OutgoingEmail): Promise<string> {
  const row = await (db as Kysely<PlatformDatabase>)
    .insertInto('platformEmail')
    .values({
      tenantId: email.tenantId,
      toAddress: email.to,
      subject: email.subject,
      textBody: email.text,
      htmlBody: email.html ?? null,
      attachments: JSON.stringify(email.attachments ?? []),
      error: null,
      sentAt: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await enqueueJob(db, { queue: EMAIL_QUEUE, tenantId: email.tenantId, payload: { emailId: row.id } });
  return row.id;
}

export interface EmailTransport {
  send(message: { from: string; to: string; subject: string; text: string; html?: string; attachments: EmailAttachment[] }): Promise<void>;
}

/** SMTP through nodemailer, e.g. smtp://user:pass@host:587. */
export async function smtpTransport(url: string): Promise<EmailTransport> {
  const { createTransport } = await import('nodemailer');
  const transporter = createTransport(url);
  return {
    async send(message) {
      await transporter.sendMail({
        ...message,
        attachments: message.attachments.map((a) => ({ filename: a.filename, contentType: a.contentType, content: Buffer.from(a.content, 'base64') })),
      });
    },
  };
}

/**
 * Delivers one outbox email. Without a transport (no SMTP configured) the email
 * is kept, readable in the back-office, which is how the demo and tests see it.
 */
export function emailDeliveryHandler(db: Kysely<PlatformDatabase>, transport: EmailTransport | undefined, from: string): JobHandler {
  return async (job) => {
    const emailId = String(job.payload['emailId']);
    if (!job.tenantId) throw new Error(`Email job ${job.id} has no tenant`);
    await withTenant(db, job.tenantId, async (trx) => {
      const email = await trx.selectFrom('platformEmail').selectAll().where('id', '=', emailId).executeTakeFirst();
      if (!email || email.status === 'sent' || email.status === 'kept') return;
      if (!transport) {
        await trx.updateTable('platformEmail').set({ status: 'kept' }).where('id', '=', emailId).execute();
        return;
      }
      await transport.send({
        from,
        to: email.toAddress,
        subject: email.subject,
        text: email.textBody,
        ...(email.htmlBody ? { html: email.htmlBody } : {}),
        attachments: email.attachments,
      });
      await trx.updateTable('platformEmail').set({ status: 'sent', sentAt: new Date(), error: null }).where('id', '=', emailId).execute();
    });
  };
}
