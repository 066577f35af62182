// The baseline of the api-workload benchmark: a bare Fastify server running the
// same SQL as the tRPC procedures it is compared with (the territory module's
// repository functions), through the same Kysely + pg pool settings, as the
// table owner — no tRPC, no session, no validation, no row-level security.
// Started by api-workload.bench.ts with BARE_DATABASE_URL, BARE_PORT, BARE_POOL_SIZE.
import Fastify from 'fastify';
import type { Kysely } from 'kysely';
import { openDatabase } from '@ancrage/db';
import { listCommunes, unknownCommuneCodes } from '../libs/modules/territory/server/src/communes.repository.ts';
import { getPerimeter, listPerimeters, perimeterNameTaken, replacePerimeterCommunes } from '../libs/modules/territory/server/src/perimeters.repository.ts';
import type { TerritoryDatabase } from '../libs/modules/territory/server/src/territory-schema.ts';

interface PerimeterBody {
  name: string;
  kind: string;
  description: string;
  communeCodes: string[];
}

const database = await openDatabase({ url: process.env['BARE_DATABASE_URL'], poolSize: Number(process.env['BARE_POOL_SIZE'] ?? 10) });
const db = database.db as unknown as Kysely<TerritoryDatabase>;
const tenantId = (await db.selectFrom('territoryPerimeter').select('tenantId').executeTakeFirstOrThrow()).tenantId;
const app = Fastify({ logger: false });

app.get<{ Querystring: { page?: string } }>('/bare/communes', (request) => listCommunes(db, { page: Number(request.query.page ?? 1), pageSize: 25 }));
app.get('/bare/perimeters', () => listPerimeters(db));
app.get<{ Params: { id: string } }>('/bare/perimeters/:id', async (request, reply) => (await getPerimeter(db, request.params.id)) ?? reply.code(404).send());
// The statements of territory.updatePerimeter, in one transaction, audit row included.
app.post<{ Params: { id: string }; Body: PerimeterBody }>('/bare/perimeters/:id', (request, reply) =>
  db.transaction().execute(async (trx) => {
    const { id } = request.params;
    const values = request.body;
    const before = await getPerimeter(trx, id);
    if (!before) return reply.code(404).send();
    if ((await unknownCommuneCodes(trx, values.communeCodes)).length > 0) return reply.code(400).send();
    if (await perimeterNameTaken(trx, values.name, id)) return reply.code(409).send();
    await trx.updateTable('territoryPerimeter').set({ name: values.name, kind: values.kind, description: values.description, updatedAt: new Date() }).where('id', '=', id).execute();
    await replacePerimeterCommunes(trx, tenantId, id, values.communeCodes);
    await (trx as unknown as Kysely<{ platformAudit: Record<string, unknown> }>)
      .insertInto('platformAudit')
      .values({ tenantId, userId: null, action: 'territory.updatePerimeter', entityType: 'perimeter', entityId: id, before: JSON.stringify(before), after: JSON.stringify(values), requestId: request.id })
      .execute();
    return { id };
  }),
);

await app.listen({ host: '127.0.0.1', port: Number(process.env['BARE_PORT']) });
process.on('SIGTERM', () => void app.close().then(() => database.close()).then(() => process.exit(0)));
