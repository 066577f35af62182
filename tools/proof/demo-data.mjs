// What the proof scripts use of the demo data (tenants/*.json, SEED_DEMO=true).
import { DEMO_PASSWORD } from '@ancrage/registry';
import { withOwner } from './private-postgres.mjs';
import { trpcClient } from './trpc-client.mjs';

export const TENANT = 'meuse';
export const OFFICER = 'charge@meuse.demo.ancrage.fr';

export function signedInOfficer(api) {
  return trpcClient(api.url, { tenant: TENANT }).signIn(OFFICER, DEMO_PASSWORD);
}

/** Answers to an event's questions that its form accepts. */
export const answersFor = (questions) =>
  Object.fromEntries(
    questions.map((q) => [q.id, q.type === 'yes-no' ? true : q.type === 'choice' ? q.options[0] : q.type === 'multiple' ? [q.options[0]] : 'Réponse de démonstration']),
  );

/** The first event of the portal open for registration, with its questions. */
export async function openEvent(api) {
  const visitor = trpcClient(api.url, { tenant: TENANT });
  const open = (await visitor.query('events.publicEvents', {})).data?.find((e) => e.registration === 'open');
  if (!open) throw new Error('no event open for registration in the demo data');
  return (await visitor.query('events.publicEvent', { id: open.id })).data;
}

export async function communeCodes(dbUrl, count) {
  return withOwner(dbUrl, async (db) => {
    const { rows } = await db.query(`select code from territory_commune where tenant_id = (select id from platform_tenant where slug = $1) order by code limit $2`, [TENANT, count]);
    return rows.map((r) => r.code);
  });
}
