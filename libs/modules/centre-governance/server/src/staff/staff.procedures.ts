import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { formatDateTime } from '@ancrage/i18n';
import { appError, moduleProcedures } from '@ancrage/trpc';
import {
  bookingConflicts,
  bookingInput,
  centreGovernanceModule,
  contractInput,
  idInput,
  parisDay,
  parisToDate,
  professionalInput,
  professionalUpdateInput,
  weekInput,
} from '@ancrage/centre-governance-domain';
import { governanceDb, type GovernanceDb } from '../cg-db';
import { findCentre } from '../centres/centres.repository';
import { scheduleRetention } from './retention';
import { bookingsAround, findProfessional, listProfessionals, weekOf } from './staff.repository';

const procedures = moduleProcedures(centreGovernanceModule);

const professionalColumns = (person: ReturnType<typeof professionalInput.parse>) => ({
  centreId: person.centreId,
  firstName: person.firstName,
  lastName: person.lastName,
  profession: person.profession,
  status: person.status,
  email: person.email,
  phone: person.phone,
  semesterStart: person.semesterStart || null,
  semesterEnd: person.semesterEnd || null,
  supervisorName: person.supervisorName,
  faculty: person.faculty,
});

async function professionalOrNotFound(db: GovernanceDb, id: string) {
  const person = await findProfessional(db, id);
  if (!person) throw appError('NOT_FOUND', 'errors:notFound');
  return person;
}

/** The professionals the centre hosts: their contracts and working time, and room bookings without double booking. */
export const staffProcedures = {
  professionals: procedures
    .withPermission('staff.read')
    .input(z.object({ centreId: z.uuid().optional() }).default({}))
    .query(({ ctx, input }) => listProfessionals(governanceDb(ctx), input.centreId, parisDay(new Date()))),

  createProfessional: procedures
    .withPermission('staff.manage')
    .input(professionalInput)
    .mutation(async ({ ctx, input }) => {
      const db = governanceDb(ctx);
      if (!(await findCentre(db, input.centreId))) throw appError('NOT_FOUND', 'errors:notFound');
      const created = await db.insertInto('centreGovernanceProfessional').values({ tenantId: ctx.tenant.id, ...professionalColumns(input), erasedAt: null }).returning('id').executeTakeFirstOrThrow();
      await scheduleRetention(db, ctx.tenant.id, created.id);
      ctx.audit({ entityType: 'centre-governance.professional', entityId: created.id, after: input });
      return { id: created.id };
    }),

  updateProfessional: procedures
    .withPermission('staff.manage')
    .input(professionalUpdateInput)
    .mutation(async ({ ctx, input }) => {
      const db = governanceDb(ctx);
      const before = await professionalOrNotFound(db, input.id);
      if (!(await findCentre(db, input.professional.centreId))) throw appError('NOT_FOUND', 'errors:notFound');
      await db.updateTable('centreGovernanceProfessional').set({ ...professionalColumns(input.professional), updatedAt: new Date() }).where('id', '=', input.id).execute();
      await scheduleRetention(db, ctx.tenant.id, input.id);
      ctx.audit({ entityType: 'centre-governance.professional', entityId: input.id, before: { ...before, tenantId: undefined }, after: input.professional });
      return { id: input.id };
    }),

  addContract: procedures
    .withPermission('staff.manage')
    .input(contractInput)
    .mutation(async ({ ctx, input }) => {
      const db = governanceDb(ctx);
      await professionalOrNotFound(db, input.professionalId);
      const created = await db
        .insertInto('centreGovernanceContract')
        .values({ tenantId: ctx.tenant.id, professionalId: input.professionalId, kind: input.kind, employer: input.employer, startsOn: input.startsOn, endsOn: input.endsOn || null, fteHundredths: input.fteHundredths })
        .returning('id')
        .executeTakeFirstOrThrow();
      await scheduleRetention(db, ctx.tenant.id, input.professionalId);
      ctx.audit({ entityType: 'centre-governance.contract', entityId: created.id, after: input });
      return { id: created.id };
    }),

  removeContract: procedures
    .withPermission('staff.manage')
    .input(idInput)
    .mutation(async ({ ctx, input }) => {
      const removed = await governanceDb(ctx).deleteFrom('centreGovernanceContract').where('id', '=', input.id).returningAll().executeTakeFirst();
      if (!removed) throw appError('NOT_FOUND', 'errors:notFound');
      ctx.audit({ entityType: 'centre-governance.contract', entityId: input.id, before: { ...removed, tenantId: undefined } });
      return { id: input.id };
    }),

  /**
   * Books a room for a professional. The room and the professional rows are
   * locked first, so two bookings of the same room (or person) made at the
   * same moment are checked one after the other.
   */
  bookRoom: procedures
    .withPermission('staff.manage')
    .input(bookingInput)
    .mutation(async ({ ctx, input }) => {
      const db = governanceDb(ctx);
      const room = await db.selectFrom('centreGovernanceRoom').select(['id', 'name']).where('id', '=', input.roomId).forUpdate().executeTakeFirst();
      if (!room) throw appError('NOT_FOUND', 'errors:notFound');
      const person = await db.selectFrom('centreGovernanceProfessional').select(['id', 'firstName', 'lastName']).where('id', '=', input.professionalId).where('erasedAt', 'is', null).forUpdate().executeTakeFirst();
      if (!person) throw appError('NOT_FOUND', 'errors:notFound');
      const candidate = { roomId: input.roomId, professionalId: input.professionalId, startsAt: parisToDate(input.startsAt), endsAt: parisToDate(input.endsAt) };
      const conflict = bookingConflicts(candidate, await bookingsAround(db, input.roomId, input.professionalId, candidate.startsAt, candidate.endsAt))[0];
      if (conflict) {
        const key = conflict.kind === 'room' ? 'centre-governance:errors.roomTaken' : 'centre-governance:errors.professionalBusy';
        throw appError('CONFLICT', key, { room: room.name, professional: `${person.firstName} ${person.lastName}`, from: formatDateTime(conflict.booking.startsAt, ctx.locale), to: formatDateTime(conflict.booking.endsAt, ctx.locale) });
      }
      const created = await db.insertInto('centreGovernanceBooking').values({ tenantId: ctx.tenant.id, ...candidate, note: input.note }).returning('id').executeTakeFirstOrThrow();
      ctx.audit({ entityType: 'centre-governance.booking', entityId: created.id, after: input });
      return { id: created.id };
    }),

  cancelBooking: procedures
    .withPermission('staff.manage')
    .input(idInput)
    .mutation(async ({ ctx, input }) => {
      const removed = await governanceDb(ctx).deleteFrom('centreGovernanceBooking').where('id', '=', input.id).returningAll().executeTakeFirst();
      if (!removed) throw appError('NOT_FOUND', 'errors:notFound');
      ctx.audit({ entityType: 'centre-governance.booking', entityId: input.id, before: { ...removed, tenantId: undefined } });
      return { id: input.id };
    }),

  week: procedures
    .withPermission('staff.read')
    .input(weekInput)
    .query(({ ctx, input }) => weekOf(governanceDb(ctx), input.day, input.centreId)),
} satisfies TRPCRouterRecord;
