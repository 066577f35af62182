import { sql } from 'kysely';
import type { GovernanceDb } from '../cg-db';
import type { CommuneOption } from './communes';

export async function listCentres(db: GovernanceDb) {
  return db
    .selectFrom('centreGovernanceCentre as c')
    .leftJoin('centreGovernanceGip as g', (join) => join.onRef('g.tenantId', '=', 'c.tenantId').onRef('g.id', '=', 'c.gipId'))
    .select(['c.id', 'c.name', 'c.status', 'c.gipId', 'g.name as gipName', 'c.plannedOpeningOn', 'c.openedOn', 'c.closedOn'])
    .select((eb) => [
      eb.selectFrom('centreGovernanceSite as s').select((s) => s.fn.countAll<number>().as('n')).whereRef('s.centreId', '=', 'c.id').as('sites'),
      eb.selectFrom('centreGovernanceCentreCommune as cc').select((s) => s.fn.countAll<number>().as('n')).whereRef('cc.centreId', '=', 'c.id').as('communes'),
      eb
        .selectFrom('centreGovernanceProfessional as p')
        .select((s) => s.fn.countAll<number>().as('n'))
        .whereRef('p.centreId', '=', 'c.id')
        .where('p.erasedAt', 'is', null)
        .as('professionals'),
    ])
    .orderBy('c.name')
    .execute()
    .then((rows) => rows.map((row) => ({ ...row, sites: Number(row.sites ?? 0), communes: Number(row.communes ?? 0), professionals: Number(row.professionals ?? 0) })));
}

export function findCentre(db: GovernanceDb, id: string) {
  return db.selectFrom('centreGovernanceCentre').selectAll().where('id', '=', id).executeTakeFirst();
}

export function lockCentre(db: GovernanceDb, id: string) {
  return db.selectFrom('centreGovernanceCentre').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function centreNameTaken(db: GovernanceDb, name: string, exceptId?: string) {
  let query = db.selectFrom('centreGovernanceCentre').select('id').where(sql<string>`lower(name)`, '=', name.toLowerCase());
  if (exceptId) query = query.where('id', '<>', exceptId);
  return (await query.executeTakeFirst()) !== undefined;
}

export async function replaceCentreCommunes(db: GovernanceDb, tenantId: string, centreId: string, communes: readonly CommuneOption[]) {
  await db.deleteFrom('centreGovernanceCentreCommune').where('centreId', '=', centreId).execute();
  if (communes.length === 0) return;
  await db
    .insertInto('centreGovernanceCentreCommune')
    .values(communes.map((commune) => ({ tenantId, centreId, communeCode: commune.code, communeName: commune.name })))
    .execute();
}

export async function centreDetail(db: GovernanceDb, id: string) {
  const centre = await findCentre(db, id);
  if (!centre) return undefined;
  const [gip, communes, sites, rooms, documents] = await Promise.all([
    centre.gipId ? db.selectFrom('centreGovernanceGip').select(['id', 'name']).where('id', '=', centre.gipId).executeTakeFirst() : undefined,
    db.selectFrom('centreGovernanceCentreCommune').select(['communeCode as code', 'communeName as name']).where('centreId', '=', id).orderBy('communeName').execute(),
    db.selectFrom('centreGovernanceSite').select(['id', 'name', 'kind', 'address', 'communeCode', 'communeName', 'openingHours']).where('centreId', '=', id).orderBy('kind', 'desc').orderBy('name').execute(),
    db
      .selectFrom('centreGovernanceRoom as r')
      .innerJoin('centreGovernanceSite as s', (join) => join.onRef('s.tenantId', '=', 'r.tenantId').onRef('s.id', '=', 'r.siteId'))
      .select(['r.id', 'r.siteId', 'r.name', 'r.kind'])
      .where('s.centreId', '=', id)
      .orderBy('r.name')
      .execute(),
    db
      .selectFrom('centreGovernanceCentreDocument as d')
      .innerJoin('platformFile as f', (join) => join.onRef('f.tenantId', '=', 'd.tenantId').onRef('f.id', '=', 'd.fileId'))
      .select(['d.id', 'd.kind', 'd.title', 'd.version', 'd.adoptedOn', 'd.fileId', 'd.createdAt', 'f.name as fileName', 'f.sizeBytes'])
      .where('d.centreId', '=', id)
      .orderBy('d.kind')
      .orderBy('d.createdAt', 'desc')
      .execute(),
  ]);
  const { tenantId: _tenant, ...rest } = centre;
  return {
    ...rest,
    gip: gip ?? null,
    communes,
    sites: sites.map((site) => ({ ...site, rooms: rooms.filter((room) => room.siteId === site.id) })),
    documents: documents.map((document) => ({ ...document, sizeBytes: Number(document.sizeBytes) })),
  };
}
