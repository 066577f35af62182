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
 * The SMTP exchange happens outside any transaction; the last failed try marks
 * the email failed with its reason.
 */
export function emailDeliveryHandler(db: Kysely<PlatformDatabase>, transport: EmailTransport | undefined, from: string): JobHandler {
  return async (job) => {
    const emailId = String(job.payload['emailId']);
    const tenantId = job.tenantId;
    if (!tenantId) throw new Error(`Email job ${job.id} has no tenant`);
    const setStatus = (values: { status: 'sent' | 'kept' | 'failed'; sentAt?: Date; error?: string | null }) =>
      withTenant(db, tenantId, (trx) => trx.updateTable('platformEmail').set(values).where('id', '=', emailId).execute());

    const email = await withTenant(db, tenantId, (trx) => trx.selectFrom('platformEmail').selectAll().where('id', '=', emailId).executeTakeFirst());
    if (!email || email.status !== 'pending') return;
    if (!transport) return void (await setStatus({ status: 'kept' }));
    try {
      await transport.send({
        from,
        to: email.toAddress,
        subject: email.subject,
        text: email.textBody,
        ...(email.htmlBody ? { html: email.htmlBody } : {}),
        attachments: email.attachments,
      });
    } catch (error) {
      if (job.attempts >= job.maxAttempts) await setStatus({ status: 'failed', error: error instanceof Error ? error.message : String(error) });
      throw error;
    }
    await setStatus({ status: 'sent', sentAt: new Date(), error: null });
  };
}
