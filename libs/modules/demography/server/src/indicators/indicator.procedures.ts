import type { TRPCRouterRecord } from '@trpc/server';
import { appError } from '@ancrage/trpc';
import { aggregateByGroup, communeInput, compareSnapshots, evolutionInput, indicatorsInput, subjectById, subjectInput } from '@ancrage/demography-domain';
import { z } from 'zod';
import { demographyDb, procedures } from '../context';
import { resolveSnapshot } from '../snapshots/resolve-snapshot';
import { departementNames } from '../study-area/reference-communes';
import { listStudyArea } from '../study-area/study-area.repository';
import { listReferenceValues } from './reference-values.repository';
import { countedSituations, presences } from './situations.repository';
import { territoryGroups } from './territory-groups';

export const indicatorProcedures = {
  /** Headcount, FTE, density and split of a subject by territory, with the reference values entered by admins. */
  indicators: procedures
    .withPermission('demography.read')
    .input(indicatorsInput)
    .query(async ({ ctx, input }) => {
      const db = demographyDb(ctx);
      const snapshot = await resolveSnapshot(db, input.snapshotId);
      const area = await listStudyArea(db);
      const groups = await territoryGroups(ctx.db, area, input.level, await departementNames());
      if (!snapshot) return { snapshot, rows: [], total: null, references: [] };
      const situations = await countedSituations(db, snapshot.id, subjectById(input.subject));
      const home = area.filter((c) => c.isHome);
      const [total] = aggregateByGroup(situations, [
        { code: ctx.tenant.departementCode, name: ctx.tenant.name, population: home.reduce((n, c) => n + c.population, 0), communeCodes: home.map((c) => c.code) },
      ]);
      const references = (await listReferenceValues(db)).filter((r) => r.subject === input.subject);
      return { snapshot, rows: aggregateByGroup(situations, groups), total: total ?? null, references };
    }),

  /** Arrivals, departures and net change by commune of the département between two snapshots. */
  evolution: procedures
    .withPermission('demography.read')
    .input(evolutionInput)
    .query(async ({ ctx, input }) => {
      const db = demographyDb(ctx);
      const [from, to] = [await resolveSnapshot(db, input.fromSnapshotId), await resolveSnapshot(db, input.toSnapshotId)];
      if (!from || !to) throw appError('NOT_FOUND', 'demography:import.snapshotNotFound');
      const subject = subjectById(input.subject);
      const home = (await listStudyArea(db)).filter((c) => c.isHome);
      const names = new Map(home.map((c) => [c.code, c.name]));
      const inHome = (p: { communeCode: string }) => names.has(p.communeCode);
      const evolution = compareSnapshots((await presences(db, from.id, subject)).filter(inHome), (await presences(db, to.id, subject)).filter(inHome));
      return { from, to, ...evolution, communes: evolution.communes.map((c) => ({ ...c, name: names.get(c.communeCode) ?? c.communeCode })) };
    }),

  /** Communes and EPCI of the département where no general practitioner practises. */
  withoutGeneralPractice: procedures
    .withPermission('demography.read')
    .input(z.object({ snapshotId: z.uuid().optional() }).default({}))
    .query(async ({ ctx, input }) => {
      const db = demographyDb(ctx);
      const snapshot = await resolveSnapshot(db, input.snapshotId);
      if (!snapshot) return { snapshot, communes: [], epcis: [] };
      const area = await listStudyArea(db);
      const situations = await countedSituations(db, snapshot.id, subjectById('general-practice'));
      const names = await departementNames();
      const [communes, epcis] = await Promise.all([territoryGroups(ctx.db, area, 'commune', names), territoryGroups(ctx.db, area, 'epci', names)]);
      const empty = (groups: typeof communes) => aggregateByGroup(situations, groups).filter((row) => row.headcount === 0);
      return { snapshot, communes: empty(communes), epcis: empty(epcis) };
    }),

  /** A commune's professionals by profession, their practice sites, and its history across snapshots. */
  commune: procedures
    .withPermission('demography.read')
    .input(communeInput)
    .query(async ({ ctx, input }) => {
      const db = demographyDb(ctx);
      const commune = (await listStudyArea(db)).find((c) => c.code === input.code);
      if (!commune) throw appError('NOT_FOUND', 'demography:commune.notFound');
      const snapshot = await resolveSnapshot(db, input.snapshotId);
      const professionals = snapshot
        ? await db
            .selectFrom('demographySituation')
            .select(['nationalId', 'lastName', 'firstName', 'professionCode', 'professionLabel', 'specialtyLabel', 'mode', 'structureName', 'sectorLabel', 'weight'])
            .where('snapshotId', '=', snapshot.id)
            .where('communeCode', '=', commune.code)
            .orderBy('professionCode')
            .orderBy('lastName')
            .execute()
        : [];
      const history = await db
        .selectFrom('demographySnapshot as s')
        .innerJoin('demographySituation as d', (join) => join.onRef('d.snapshotId', '=', 's.id').onRef('d.tenantId', '=', 's.tenantId'))
        .select((eb) => [
          eb.fn<string>('to_char', ['s.extractedOn', eb.val('YYYY-MM-DD')]).as('extractedOn'),
          'd.professionCode',
          eb.fn.sum<number>('d.weight').as('fte'),
          eb.fn.count<number>('d.nationalId').distinct().as('headcount'),
        ])
        .where('s.status', '=', 'ready')
        .where('d.communeCode', '=', commune.code)
        .groupBy(['s.extractedOn', 'd.professionCode'])
        .orderBy('s.extractedOn')
        .execute();
      return {
        commune: { code: commune.code, name: commune.name, population: commune.population, epciName: commune.epciName, isHome: commune.isHome, hasCentroid: commune.latitude !== null },
        snapshot,
        professionals,
        history: history.map((h) => ({ ...h, fte: Number(h.fte), headcount: Number(h.headcount) })),
      };
    }),

  subjects: procedures.withPermission('demography.read').query(() => subjectInput.options),
} satisfies TRPCRouterRecord;
