// Every tRPC procedure of the deployment, read from the router itself: a
// procedure added by any module is covered by the proof suites without editing them.
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import type { ProcedureAccess } from '@ancrage/trpc';
import { appRouter } from '../app-router';
import type { TestCaller } from '../testing';

export type JsonSchema = {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: JsonSchema | boolean;
  propertyNames?: JsonSchema;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
};

export interface ProcedureEntry {
  path: string;
  type: 'query' | 'mutation' | 'subscription';
  access: ProcedureAccess | undefined;
  /** The zod schemas the procedure validates its input with, in order (none: it takes no input). */
  inputs: readonly z.ZodType[];
  /** The input's shape as JSON Schema (zod 4), properties of chained inputs merged. */
  schema: JsonSchema | undefined;
}

interface RawProcedure {
  _def: { type: ProcedureEntry['type']; meta?: { access?: ProcedureAccess }; inputs: z.ZodType[] };
}

function inputSchema(inputs: readonly z.ZodType[]): JsonSchema | undefined {
  if (inputs.length === 0) return undefined;
  const schemas = inputs.map((input) => z.toJSONSchema(input, { io: 'input', unrepresentable: 'any' }) as JsonSchema);
  if (schemas.length === 1) return schemas[0];
  return {
    type: 'object',
    properties: Object.assign({}, ...schemas.map((s) => s.properties ?? {})),
    required: schemas.flatMap((s) => s.required ?? []),
  };
}

export const procedureEntries: readonly ProcedureEntry[] = Object.entries(appRouter._def.procedures as unknown as Record<string, RawProcedure>).map(
  ([path, procedure]) => ({
    path,
    type: procedure._def.type,
    access: procedure._def.meta?.access,
    inputs: procedure._def.inputs,
    schema: inputSchema(procedure._def.inputs),
  }),
);

/** True when every input schema of the procedure accepts the value (what the procedure itself checks first). */
export function acceptsInput(entry: ProcedureEntry, value: unknown): boolean {
  return entry.inputs.every((schema) => schema.safeParse(value).success);
}

/** Calls a procedure of a caller by its dotted path. */
export function callProcedure(caller: TestCaller, path: string, input: unknown): Promise<unknown> {
  const procedure = path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller) as (input: unknown) => Promise<unknown>;
  return procedure(input);
}

export type CallOutcome = { ok: true; value: unknown } | { ok: false; error: unknown };

export function settle(promise: Promise<unknown>): Promise<CallOutcome> {
  return promise.then(
    (value) => ({ ok: true, value }),
    (error: unknown) => ({ ok: false, error }),
  );
}

/** The tRPC code of a refusal, or `THROWN` for anything that is not a TRPCError (a bug: it would be a 500). */
export function refusalCode(error: unknown): string {
  return error instanceof TRPCError ? error.code : 'THROWN';
}
