import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateToLatest, openDatabase, platformMigrations, withTenant, type AppDatabase } from '@ancrage/db';
import { EMAIL_QUEUE, emailDeliveryHandler, queueEmail, type EmailTransport } from './email-outbox';
import { enqueueJob, JobQueue, retryDelaySeconds } from './job-queue';

let database: AppDatabase;
let tenantId: string;

beforeAll(async () => {
  database = await openDatabase({ dataDir: 'memory://' });
  await migrateToLatest(database.db, [{ id: 'platform', migrations: platformMigrations }]);
  ({ id: tenantId } = await database.db
    .insertInto('platformTenant')
    .values({ slug: 'meuse', name: 'Meuse', departementCode: '55', regionCode: '44', branding: '{}' })
    .returning('id')
    .executeTakeFirstOrThrow());
});
afterAll(() => database.close());

const jobState = (id: number) => database.db.selectFrom('platformJob').select(['status', 'attempts', 'lastError']).where('id', '=', id).executeTakeFirstOrThrow();

describe('job queue', () => {
  it('runs a due job once and marks it done', async () => {
    const seen: unknown[] = [];
    const queue = new JobQueue(database.db).register('test.echo', async (job) => void seen.push(job.payload));
    const id = await enqueueJob(database.db, { queue: 'test.echo', payload: { n: 1 } });
    expect(await queue.runDue()).toBe(1);
    expect(await queue.runDue()).toBe(0);
    expect(seen).toEqual([{ n: 1 }]);
    expect(await jobState(id)).toMatchObject({ status: 'done', attempts: 1 });
  });

  it('retries a failing job later, then gives up after its last attempt', async () => {
    let calls = 0;
    const queue = new JobQueue(database.db).register('test.flaky', async () => {
      calls++;
      throw new Error('SMTP down');
    });
    const id = await enqueueJob(database.db, { queue: 'test.flaky', maxAttempts: 2 });
    await queue.runDue();
    expect(await jobState(id)).toMatchObject({ status: 'pending', attempts: 1, lastError: 'SMTP down' });
    expect(await queue.runDue()).toBe(0); // not due before its back-off
    await database.db.updateTable('platformJob').set({ runAt: new Date(0) }).where('id', '=', id).execute();
    await queue.runDue();
    expect(await jobState(id)).toMatchObject({ status: 'failed', attempts: 2 });
    expect(calls).toBe(2);
    expect([1, 2, 3, 20].map(retryDelaySeconds)).toEqual([10, 20, 40, 3600]);
  });

  it('does not run a job whose transaction rolled back', async () => {
    const queue = new JobQueue(database.db).register('test.rollback', async () => undefined);
    await database.db
      .transaction()
      .execute(async (trx) => {
        await enqueueJob(trx, { queue: 'test.rollback' });
        throw new Error('business rule failed');
      })
      .catch(() => undefined);
    expect(await queue.runDue()).toBe(0);
  });
});

describe('email outbox', () => {
  it('keeps emails readable when no SMTP is configured', async () => {
    const queue = new JobQueue(database.db).register(EMAIL_QUEUE, emailDeliveryHandler(database.db, undefined, 'Ancrage <test@ancrage.test>'));
    const emailId = await withTenant(database.db, tenantId, (db) => queueEmail(db, { tenantId, to: 'interne@example.org', subject: 'Bienvenue', text: 'Bonjour' }));
    await queue.runDue();
    const email = await withTenant(database.db, tenantId, (db) => db.selectFrom('platformEmail').selectAll().where('id', '=', emailId).executeTakeFirstOrThrow());
    expect(email).toMatchObject({ status: 'kept', subject: 'Bienvenue', toAddress: 'interne@example.org' });
  });

  it('sends through the transport once, with attachments', async () => {
    const sent: Parameters<EmailTransport['send']>[0][] = [];
    const transport: EmailTransport = { send: async (message) => void sent.push(message) };
    const queue = new JobQueue(database.db).register(EMAIL_QUEUE, emailDeliveryHandler(database.db, transport, 'Ancrage <test@ancrage.test>'));
    const attachment = { filename: 'soiree.ics', contentType: 'text/calendar', content: Buffer.from('BEGIN:VCALENDAR').toString('base64') };
    const emailId = await withTenant(database.db, tenantId, (db) =>
      queueEmail(db, { tenantId, to: 'docteur@example.org', subject: 'Invitation', text: 'Venez', attachments: [attachment] }),
    );
    await queue.runDue();
    await queue.runDue();
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ to: 'docteur@example.org', from: 'Ancrage <test@ancrage.test>', attachments: [attachment] });
    const email = await withTenant(database.db, tenantId, (db) => db.selectFrom('platformEmail').select('status').where('id', '=', emailId).executeTakeFirstOrThrow());
    expect(email.status).toBe('sent');
  });
});

describe('email delivery failures', () => {
  it('marks an email failed, with its reason, after the last try', async () => {
    const transport: EmailTransport = {
      send: async () => {
        throw new Error('550 mailbox unavailable');
      },
    };
    const queue = new JobQueue(database.db).register(EMAIL_QUEUE, emailDeliveryHandler(database.db, transport, 'Ancrage <test@ancrage.test>'));
    const emailId = await withTenant(database.db, tenantId, (db) => queueEmail(db, { tenantId, to: 'absent@example.org', subject: 'Rappel', text: 'Bonjour' }));
    const job = await database.db.selectFrom('platformJob').select('id').orderBy('id', 'desc').executeTakeFirstOrThrow();
    await database.db.updateTable('platformJob').set({ maxAttempts: 1 }).where('id', '=', job.id).execute();
    await queue.runDue();
    const email = await withTenant(database.db, tenantId, (db) => db.selectFrom('platformEmail').select(['status', 'error']).where('id', '=', emailId).executeTakeFirstOrThrow());
    expect(email).toEqual({ status: 'failed', error: '550 mailbox unavailable' });
  });
});
