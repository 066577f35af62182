import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { appError, moduleProcedures, platformManifest } from '@ancrage/trpc';

const platform = moduleProcedures(platformManifest);
// Account links (password reset, invitation, verification) are the recipient's secret.
const hideSecretLinks = (body: string | null) => body?.replace(/([?&]token=)[^\s&]+/g, '$1…') ?? null;

const page = z.object({ limit: z.number().int().min(1).max(200).default(50), before: z.number().int().positive().optional() });

/** The audit log: who did what, when, with the before and after of each change. */
export const auditRouter = {
  list: platform
    .withPermission('audit.read')
    .input(page)
    .query(async ({ ctx, input }) => {
      let query = ctx.db
        .selectFrom('platformAudit as a')
        .leftJoin('platformUser as u', 'u.id', 'a.userId')
        .select(['a.id', 'a.at', 'a.action', 'a.entityType', 'a.entityId', 'a.before', 'a.after', 'a.requestId', 'u.displayName as userName', 'u.email as userEmail'])
        .orderBy('a.id', 'desc')
        .limit(input.limit);
      if (input.before) query = query.where('a.id', '<', input.before);
      return query.execute();
    }),
} satisfies TRPCRouterRecord;

/** Every email the platform sends, readable in the back-office (kept when no SMTP is configured). */
export const emailsRouter = {
  list: platform
    .withPermission('emails.read')
    .input(z.object({ limit: z.number().int().min(1).max(200).default(50) }))
    .query(({ ctx, input }) =>
      ctx.db
        .selectFrom('platformEmail')
        .select(['id', 'toAddress', 'subject', 'status', 'createdAt', 'sentAt'])
        .orderBy('createdAt', 'desc')
        .limit(input.limit)
        .execute(),
    ),
  get: platform
    .withPermission('emails.read')
    .input(z.object({ id: z.uuid() }))
    .query(async ({ ctx, input }) => {
      const email = await ctx.db
        .selectFrom('platformEmail')
        .select(['id', 'toAddress', 'subject', 'textBody', 'htmlBody', 'status', 'createdAt', 'sentAt', 'attachments'])
        .where('id', '=', input.id)
        .executeTakeFirst();
      if (!email) throw appError('NOT_FOUND', 'errors:notFound');
      return {
        ...email,
        textBody: hideSecretLinks(email.textBody) ?? '',
        htmlBody: hideSecretLinks(email.htmlBody),
        attachments: email.attachments.map(({ filename, contentType }) => ({ filename, contentType })),
      };
    }),
} satisfies TRPCRouterRecord;
