import type { TRPCRouterRecord } from '@trpc/server';
import { sql } from 'kysely';
import { appError, moduleProcedures } from '@ancrage/trpc';
import { bodyInput, bodyRulesInput, centreGovernanceModule, conventionVersionInput, gipInput, gipUpdateInput, idInput, memberInput, memberUpdateInput, seatsInput } from '@ancrage/centre-governance-domain';
import { governanceDb, type GovernanceDb } from '../cg-db';
import { assertUploaded } from '../documents/stored-files';
import { amendmentDeliberations, bodiesOf, conventionVersions, findBody, findGip, listMembers, meetingsOf } from './gip.repository';

const procedures = moduleProcedures(centreGovernanceModule);

async function gipOrNotFound(db: GovernanceDb, id: string) {
  const gip = await findGip(db, id);
  if (!gip) throw appError('NOT_FOUND', 'errors:notFound');
  return gip;
}

async function memberNameTaken(db: GovernanceDb, gipId: string, name: string, exceptId?: string) {
  let query = db.selectFrom('centreGovernanceMember').select('id').where('gipId', '=', gipId).where(sql<string>`lower(name)`, '=', name.toLowerCase());
  if (exceptId) query = query.where('id', '<>', exceptId);
  return (await query.executeTakeFirst()) !== undefined;
}

const memberColumns = (member: ReturnType<typeof memberInput.parse>) => ({
  name: member.name,
  kind: member.kind,
  sector: member.sector,
  observer: member.observer,
  votingRights: member.votingRights,
  contributionMode: member.contributionMode,
  contributionShareBp: member.contributionMode === 'share' ? member.contributionShareBp : 0,
  contributionFixedCents: member.contributionMode === 'fixed' ? member.contributionFixedCents : 0,
  contributionKind: member.contributionKind,
  contactEmail: member.contactEmail,
  joinedOn: member.joinedOn || null,
});

/** The GIP: its convention and amendments, members, bodies and seats. */
export const gipProcedures = {
  gips: procedures.withPermission('governance.read').query(({ ctx }) => governanceDb(ctx).selectFrom('centreGovernanceGip').select(['id', 'name']).orderBy('name').execute()),

  gip: procedures
    .withPermission('governance.read')
    .input(idInput)
    .query(async ({ ctx, input }) => {
      const db = governanceDb(ctx);
      const { tenantId: _tenant, ...gip } = await gipOrNotFound(db, input.id);
      const [members, bodies, versions, meetings, centres, amendments] = await Promise.all([
        listMembers(db, input.id),
        bodiesOf(db, input.id),
        conventionVersions(db, input.id),
        meetingsOf(db, input.id),
        db.selectFrom('centreGovernanceCentre').select(['id', 'name', 'status']).where('gipId', '=', input.id).orderBy('name').execute(),
        amendmentDeliberations(db, input.id),
      ]);
      return { ...gip, members, bodies, conventionVersions: versions, meetings, centres, amendmentDeliberations: amendments };
    }),

  createGip: procedures
    .withPermission('governance.manage')
    .input(gipInput)
    .mutation(async ({ ctx, input }) => {
      const created = await governanceDb(ctx).insertInto('centreGovernanceGip').values({ tenantId: ctx.tenant.id, ...input }).returning('id').executeTakeFirstOrThrow();
      ctx.audit({ entityType: 'centre-governance.gip', entityId: created.id, after: input });
      return { id: created.id };
    }),

  updateGip: procedures
    .withPermission('governance.manage')
    .input(gipUpdateInput)
    .mutation(async ({ ctx, input }) => {
      const db = governanceDb(ctx);
      const before = await gipOrNotFound(db, input.id);
      const { id, ...values } = input;
      await db.updateTable('centreGovernanceGip').set({ ...values, updatedAt: new Date() }).where('id', '=', id).execute();
      ctx.audit({ entityType: 'centre-governance.gip', entityId: id, before: { name: before.name, purpose: before.purpose }, after: values });
      return { id };
    }),

  createMember: procedures
    .withPermission('governance.manage')
    .input(memberInput)
    .mutation(async ({ ctx, input }) => {
      const db = governanceDb(ctx);
      await gipOrNotFound(db, input.gipId);
      if (await memberNameTaken(db, input.gipId, input.name)) throw appError('CONFLICT', 'centre-governance:errors.memberNameTaken');
      const created = await db
        .insertInto('centreGovernanceMember')
        .values({ tenantId: ctx.tenant.id, gipId: input.gipId, ...memberColumns(input) })
        .returning('id')
        .executeTakeFirstOrThrow();
      ctx.audit({ entityType: 'centre-governance.member', entityId: created.id, after: input });
      return { id: created.id };
    }),

  updateMember: procedures
    .withPermission('governance.manage')
    .input(memberUpdateInput)
    .mutation(async ({ ctx, input }) => {
      const db = governanceDb(ctx);
      const before = await db.selectFrom('centreGovernanceMember').selectAll().where('id', '=', input.id).forUpdate().executeTakeFirst();
      if (!before || before.gipId !== input.member.gipId) throw appError('NOT_FOUND', 'errors:notFound');
      if (await memberNameTaken(db, before.gipId, input.member.name, input.id)) throw appError('CONFLICT', 'centre-governance:errors.memberNameTaken');
      // An observer holds no vote: its seats lose theirs too.
      if (input.member.observer) await db.updateTable('centreGovernanceSeat').set({ votes: 0 }).where('memberId', '=', input.id).execute();
      await db.updateTable('centreGovernanceMember').set({ ...memberColumns(input.member), updatedAt: new Date() }).where('id', '=', input.id).execute();
      ctx.audit({ entityType: 'centre-governance.member', entityId: input.id, before: { ...before, tenantId: undefined }, after: input.member });
      return { id: input.id };
    }),

  createBody: procedures
    .withPermission('governance.manage')
    .input(bodyInput)
    .mutation(async ({ ctx, input }) => {
      const db = governanceDb(ctx);
      await gipOrNotFound(db, input.gipId);
      if (await db.selectFrom('centreGovernanceBody').select('id').where('gipId', '=', input.gipId).where('kind', '=', input.kind).executeTakeFirst()) {
        throw appError('CONFLICT', 'centre-governance:errors.bodyExists');
      }
      const created = await db
        .insertInto('centreGovernanceBody')
        .values({ tenantId: ctx.tenant.id, gipId: input.gipId, kind: input.kind, name: input.name, rules: JSON.stringify(input.rules) })
        .returning('id')
        .executeTakeFirstOrThrow();
      ctx.audit({ entityType: 'centre-governance.body', entityId: created.id, after: input });
      return { id: created.id };
    }),

  updateBodyRules: procedures
    .withPermission('governance.manage')
    .input(bodyRulesInput)
    .mutation(async ({ ctx, input }) => {
      const db = governanceDb(ctx);
      const before = await findBody(db, input.id);
      if (!before) throw appError('NOT_FOUND', 'errors:notFound');
      await db.updateTable('centreGovernanceBody').set({ rules: JSON.stringify(input.rules), updatedAt: new Date() }).where('id', '=', input.id).execute();
      ctx.audit({ entityType: 'centre-governance.body', entityId: input.id, before: before.rules, after: input.rules });
      return { id: input.id };
    }),

  /** Replaces the seats of a body; members of another GIP and votes for observers are refused. */
  setSeats: procedures
    .withPermission('governance.manage')
    .input(seatsInput)
    .mutation(async ({ ctx, input }) => {
      const db = governanceDb(ctx);
      const body = await db.selectFrom('centreGovernanceBody').selectAll().where('id', '=', input.bodyId).forUpdate().executeTakeFirst();
      if (!body) throw appError('NOT_FOUND', 'errors:notFound');
      const members = new Map((await listMembers(db, body.gipId)).map((member) => [member.id, member]));
      for (const seat of input.seats) {
        const member = members.get(seat.memberId);
        if (!member) throw appError('BAD_REQUEST', 'centre-governance:errors.seatNotMember');
        if (member.observer && seat.votes > 0) throw appError('BAD_REQUEST', 'centre-governance:errors.observerVotes', { member: member.name });
        if (body.kind === 'general-assembly' && seat.votes > member.votingRights) {
          throw appError('BAD_REQUEST', 'centre-governance:errors.seatOverRights', { member: member.name, rights: member.votingRights });
        }
      }
      const before = await db.selectFrom('centreGovernanceSeat').select(['memberId', 'votes']).where('bodyId', '=', input.bodyId).execute();
      await db.deleteFrom('centreGovernanceSeat').where('bodyId', '=', input.bodyId).execute();
      if (input.seats.length > 0) await db.insertInto('centreGovernanceSeat').values(input.seats.map((seat) => ({ tenantId: ctx.tenant.id, bodyId: input.bodyId, ...seat }))).execute();
      ctx.audit({ entityType: 'centre-governance.body', entityId: input.bodyId, action: 'centre-governance.setSeats', before, after: input.seats });
      return { bodyId: input.bodyId };
    }),

  addConventionVersion: procedures
    .withPermission('governance.manage')
    .input(conventionVersionInput)
    .mutation(async ({ ctx, input }) => {
      const db = governanceDb(ctx);
      // The GIP row serialises numbering: two avenants recorded at once get 1 and 2.
      const gip = await db.selectFrom('centreGovernanceGip').select('id').where('id', '=', input.gipId).forUpdate().executeTakeFirst();
      if (!gip) throw appError('NOT_FOUND', 'errors:notFound');
      const versions = await conventionVersions(db, input.gipId);
      const hasOriginal = versions.some((version) => version.kind === 'original');
      if (input.kind === 'original' && hasOriginal) throw appError('CONFLICT', 'centre-governance:errors.originalExists');
      if (input.kind === 'amendment' && !hasOriginal) throw appError('BAD_REQUEST', 'centre-governance:errors.amendmentWithoutOriginal');
      if (input.fileId) await assertUploaded(ctx, input.fileId);
      if (input.deliberationId) {
        const deliberation = await db
          .selectFrom('centreGovernanceDeliberation as d')
          .innerJoin('centreGovernanceMeeting as m', (join) => join.onRef('m.tenantId', '=', 'd.tenantId').onRef('m.id', '=', 'd.meetingId'))
          .innerJoin('centreGovernanceBody as b', (join) => join.onRef('b.tenantId', '=', 'm.tenantId').onRef('b.id', '=', 'm.bodyId'))
          .select(['d.status', 'd.decisionKind', 'b.gipId', 'b.kind as bodyKind'])
          .where('d.id', '=', input.deliberationId)
          .executeTakeFirst();
        // An avenant is decided by the general assembly (loi n° 2011-525, art. 100), in a deliberation of that kind.
        const adopted = deliberation?.gipId === input.gipId && deliberation.status === 'adopted' && deliberation.bodyKind === 'general-assembly' && deliberation.decisionKind === 'convention-amendment';
        if (!adopted) throw appError('BAD_REQUEST', 'centre-governance:errors.amendmentNeedsAdoption');
      }
      const number = input.kind === 'original' ? 0 : Math.max(0, ...versions.map((version) => version.number)) + 1;
      const created = await db
        .insertInto('centreGovernanceConventionVersion')
        .values({
          tenantId: ctx.tenant.id,
          gipId: input.gipId,
          kind: input.kind,
          number,
          title: input.title,
          summary: input.summary,
          signedOn: input.signedOn || null,
          approvedOn: input.approvedOn || null,
          publishedOn: input.publishedOn || null,
          deliberationId: input.deliberationId,
          fileId: input.fileId,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      ctx.audit({ entityType: 'centre-governance.conventionVersion', entityId: created.id, after: { ...input, number } });
      return { id: created.id, number };
    }),
} satisfies TRPCRouterRecord;
