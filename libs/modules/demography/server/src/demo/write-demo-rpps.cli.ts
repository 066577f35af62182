// Writes a fictitious RPPS extract for demos, tests and benchmarks.
//   npx tsx libs/modules/demography/server/src/demo/write-demo-rpps.cli.ts --departements 55,08,51 --seed 1 --edition 0 --out file.txt
//   npx tsx libs/modules/demography/server/src/demo/write-demo-rpps.cli.ts --national --out national.txt
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { metropolitanDepartementCodes } from './demo-geography';
import { demoExtractDate } from './generate-rpps-lines';
import { writeRppsFile } from './write-rpps-file';

const USAGE = `Usage: write-demo-rpps (--departements 55,08,51 | --national) --out <file> [--seed 1] [--edition 0] [--scale 1]`;

const argumentsSchema = z
  .object({
    departements: z.string().optional(),
    national: z.boolean().default(false),
    seed: z.coerce.number().int().default(1),
    edition: z.coerce.number().int().min(0).default(0),
    scale: z.coerce.number().positive().default(1),
    out: z.string().min(1),
  })
  .refine((args) => args.national !== Boolean(args.departements), { message: 'Give either --departements or --national' });

async function main() {
  const { values } = parseArgs({
    options: {
      departements: { type: 'string' },
      national: { type: 'boolean' },
      seed: { type: 'string' },
      edition: { type: 'string' },
      scale: { type: 'string' },
      out: { type: 'string' },
    },
  });
  const parsed = argumentsSchema.safeParse(values);
  if (!parsed.success) {
    console.error(`${parsed.error.issues.map((issue) => `${issue.path.join('.') || 'arguments'}: ${issue.message}`).join('\n')}\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  const args = parsed.data;
  const departements = args.national ? metropolitanDepartementCodes() : (args.departements ?? '').split(',').map((code) => code.trim()).filter(Boolean);
  const started = performance.now();
  await mkdir(dirname(args.out), { recursive: true });
  const written = await writeRppsFile(args.out, { departements, seed: args.seed, edition: args.edition, scale: args.scale });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `${args.out}: fictitious RPPS extract of ${demoExtractDate(args.edition)} (edition ${args.edition}, seed ${args.seed}), ` +
      `${departements.length} département(s), ${written.rows} rows, ${(written.bytes / 1024 / 1024).toFixed(1)} MiB in ${seconds} s`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
