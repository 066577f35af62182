// Fuzzing every procedure of the router as an admin of Meuse with hostile
// inputs (schema-shaped with injection payloads, unicode edge cases, 1 MB
// strings, wrong types, prototype-pollution keys, random JSON): never an
// internal error, never a write from a refused call, every refusal a real
// translation in French and English. Then every mutation sent six times at
// once with the same input (two officers saving the same form): one may win,
// the others are refused as conflicts, never with an internal error (this one
// bites on PostgreSQL; PGlite runs transactions one at a time). FUZZ_RUNS
// raises the runs per procedure, FUZZ_SEED replays another sequence.
import fc from 'fast-check';
import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANDES, MEUSE, seedTwoTenants } from '../fixtures.int-helpers';
import { createTestPlatform, type TestCaller, type TestPlatform } from '../testing';
import { foreignInputs, type ForeignData } from './foreign-inputs';
import { hostileInputs } from './hostile-values';
import { callProcedure, procedureEntries, settle } from './procedure-catalog';
import { untranslatedParts } from './refusal-messages';
import { changedTables, databaseDigest, publicTables } from './tenant-data';
import { exerciseModuleMutations, tenantData } from './tenant-seeding';

const RUNS = Number(process.env['FUZZ_RUNS'] ?? 10);
const SEED = Number(process.env['FUZZ_SEED'] ?? 20_261_123);
// A refused sign-in is recorded on purpose (throttling): the only write a refusal makes.
const WRITTEN_ON_REFUSAL = new Set(['platform_login_attempt']);

let platform: TestPlatform;
let admin: TestCaller;
let tables: string[];
let meuse: ForeignData;

beforeAll(async () => {
  platform = await createTestPlatform();
  await seedTwoTenants(platform);
  // Some data in every module, so that hostile inputs meet real rows.
  await exerciseModuleMutations(platform, await tenantData(platform, MEUSE.slug, LANDES.slug), SEED);
  admin = await platform.caller({ tenant: MEUSE.slug, user: `admin@${MEUSE.slug}.test` });
  meuse = await tenantData(platform, MEUSE.slug, LANDES.slug);
  tables = (await publicTables(platform.database.db)).map((t) => t.name).filter((name) => !WRITTEN_ON_REFUSAL.has(name));
}, 300_000);
afterAll(() => platform.close());

describe('fuzzing every procedure with hostile input, as a Meuse admin', () => {
  it.each(procedureEntries.map((entry) => [entry.path, entry] as const))('%s: no internal error, no partial write, a translated refusal', async (_path, entry) => {
    let before = await databaseDigest(platform.database.db, tables);
    await fc.assert(
      fc.asyncProperty(hostileInputs(entry.schema), async (input) => {
        const outcome = await settle(callProcedure(admin, entry.path, input));
        const after = await databaseDigest(platform.database.db, tables);
        const previous = before;
        before = after;
        expect(Object.prototype, 'prototype polluted').not.toHaveProperty('polluted');
        if (outcome.ok) return;
        expect(outcome.error, String(outcome.error)).toBeInstanceOf(TRPCError);
        const error = outcome.error as TRPCError;
        expect(error.code, `${error.message} ${String(error.cause ?? '')}`).not.toBe('INTERNAL_SERVER_ERROR');
        expect(changedTables(previous, after), 'written by a refused call').toEqual([]);
        expect(untranslatedParts(error, entry.path, entry.type, input)).toEqual([]);
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
  }, 300_000);
});

describe('the same mutation sent six times at once, as a Meuse admin', () => {
  const mutations = procedureEntries.filter((entry) => entry.type === 'mutation' && entry.path !== 'auth.logout');

  it.each(mutations.map((entry) => [entry.path, entry] as const))('%s: successes and translated refusals, never an internal error', async (_path, entry) => {
    // An input the procedure accepts, naming the tenant's own rows where it needs identifiers (the best matching row first).
    const { inputs } = foreignInputs(entry, meuse, SEED);
    const input = inputs[1] ?? inputs[0];
    const outcomes = await Promise.all(Array.from({ length: 6 }, () => settle(callProcedure(admin, entry.path, input))));
    for (const outcome of outcomes) {
      if (outcome.ok) continue;
      expect(outcome.error, String(outcome.error)).toBeInstanceOf(TRPCError);
      const error = outcome.error as TRPCError;
      expect(error.code, `${error.message} ${String(error.cause ?? '')}`).not.toBe('INTERNAL_SERVER_ERROR');
      expect(untranslatedParts(error, entry.path, entry.type, input)).toEqual([]);
    }
  });
});
