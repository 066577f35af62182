import type { TRPCRouterRecord } from '@trpc/server';
import { saveFile } from '@ancrage/files';
import { appError, moduleProcedures } from '@ancrage/trpc';
import { centreGovernanceModule, idInput, parisDay, registerInput } from '@ancrage/centre-governance-domain';
import { governanceDb, userIdOf } from '../cg-db';
import { findGip } from '../gip/gip.repository';
import { minutesPdf } from '../pdf/minutes-pdf';
import { registerPdf } from '../pdf/register-pdf';
import { registerOf } from './meetings.repository';
import { stateOrNotFound } from './meeting.procedures';

const procedures = moduleProcedures(centreGovernanceModule);

/** The minutes of a meeting held (stored with the GIP's files) and the numbered register of deliberations. */
export const minutesProcedures = {
  generateMinutes: procedures
    .withPermission('governance.manage')
    .input(idInput)
    .mutation(async ({ ctx, input }) => {
      const db = governanceDb(ctx);
      const meeting = await db.selectFrom('centreGovernanceMeeting').select(['id', 'status', 'minutesFileId']).where('id', '=', input.id).forUpdate().executeTakeFirst();
      if (!meeting) throw appError('NOT_FOUND', 'errors:notFound');
      if (meeting.status !== 'held') throw appError('BAD_REQUEST', 'centre-governance:errors.minutesBeforeHeld');
      const state = await stateOrNotFound(db, input.id);
      const pdf = await minutesPdf(state, { locale: ctx.tenant.defaultLocale, tenantName: ctx.tenant.name, generatedAt: new Date() });
      const name = `proces-verbal-${parisDay(state.meeting.startsAt)}-${state.body.kind}.pdf`;
      const file = await saveFile(ctx.db, ctx.services.files, { tenantId: ctx.tenant.id, name, contentType: 'application/pdf', data: pdf, createdBy: userIdOf(ctx) });
      await db.updateTable('centreGovernanceMeeting').set({ minutesFileId: file.id, updatedAt: new Date() }).where('id', '=', input.id).execute();
      ctx.audit({ action: 'centre-governance.generateMinutes', entityType: 'centre-governance.meeting', entityId: input.id, before: { minutesFileId: meeting.minutesFileId }, after: { minutesFileId: file.id, sizeBytes: file.sizeBytes } });
      return { fileId: file.id, name: file.name };
    }),

  register: procedures
    .withPermission('governance.read')
    .input(registerInput)
    .query(async ({ ctx, input }) => {
      const db = governanceDb(ctx);
      if (!(await findGip(db, input.gipId))) throw appError('NOT_FOUND', 'errors:notFound');
      return registerOf(db, input.gipId, input.year);
    }),

  registerPdf: procedures
    .withPermission('governance.read')
    .input(registerInput)
    .query(async ({ ctx, input }) => {
      const db = governanceDb(ctx);
      const gip = await findGip(db, input.gipId);
      if (!gip) throw appError('NOT_FOUND', 'errors:notFound');
      const pdf = await registerPdf(await registerOf(db, input.gipId, input.year), { locale: ctx.tenant.defaultLocale, gipName: gip.name, year: input.year, generatedAt: new Date() });
      return { name: `registre-deliberations-${input.year}.pdf`, contentType: 'application/pdf', base64: pdf.toString('base64') };
    }),
} satisfies TRPCRouterRecord;
