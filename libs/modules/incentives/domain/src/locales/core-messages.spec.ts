import { describe, expect, it } from 'vitest';
import { APPLICATION_STATUSES } from '../workflow/application-status';
import {
  CALENDAR_MODES,
  DOCUMENT_FORMATS,
  NATIONAL_SCHEMES,
  PRACTICE_MODES,
  PROFESSIONS,
  REPAYMENT_RULES,
  SCHEME_KINDS,
  SCHEME_STATUSES,
  SELECTION_MODES,
  SPECIALTIES,
  STATUSES,
} from '../vocabulary';
import type { z } from 'zod';
import { amountScheduleInput } from '../money/amount.schema';
import { profileInput } from '../profile.schema';
import { areaInput, conditionInput } from '../rules/rule.schema';
import { calendarInput, requiredDocumentInput } from '../scheme.schema';
import { en, fr } from '.';
import enCore from './en/core.json';
import frCore from './fr/core.json';

const lookup = (messages: unknown, key: string) =>
  key.split('.').reduce<unknown>((node, part) => (node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), messages);

/** Every message the domain's schemas and functions name, by family. */
const CONDITION_TYPES = conditionInput.options.map((option) => option.shape.type.value);
const AMOUNT_MODES = amountScheduleInput.options.map((option) => option.shape.mode.value);
const FAMILIES: Record<string, readonly string[]> = {
  kinds: SCHEME_KINDS,
  statuses: STATUSES,
  professions: PROFESSIONS,
  specialties: SPECIALTIES,
  practiceModes: [...PRACTICE_MODES, 'any'],
  nationalSchemes: NATIONAL_SCHEMES,
  schemeStatuses: SCHEME_STATUSES,
  applicationStatuses: APPLICATION_STATUSES,
  selection: SELECTION_MODES,
  repayment: REPAYMENT_RULES,
  calendarModes: CALENDAR_MODES,
  amountModes: AMOUNT_MODES,
  documentFormats: DOCUMENT_FORMATS,
  conditions: CONDITION_TYPES,
  ruleProblems: ['tooLarge', 'tooDeep', 'emptyAny', 'unknownCommune', 'unknownEpci', 'unknownPerimeter', 'conditionNeverHolds', 'contradiction', 'neverHolds', 'audienceNeverEligible'],
};

describe('core messages', () => {
  it('label every word of the vocabulary in French and English', () => {
    for (const [family, values] of Object.entries(FAMILIES))
      for (const value of values)
        for (const [language, messages] of [['fr', fr], ['en', en]] as const) expect(lookup(messages, `${family}.${value}`), `${language}: ${family}.${value}`).toEqual(expect.any(String));
  });

  it('explain every outcome of every condition', () => {
    for (const type of CONDITION_TYPES)
      for (const outcome of ['held', 'failed', 'missing'])
        for (const messages of [fr, en]) expect(lookup(messages, `explain.${type}.${outcome}`), `explain.${type}.${outcome}`).toEqual(expect.any(String));
  });

  it('translate every validation message the schemas produce', () => {
    const invalid: [z.ZodType, unknown][] = [
      [profileInput, { status: 'interne', profession: 'medecin', practiceCommune: '123' }],
      [conditionInput, { type: 'age', range: {} }],
      [conditionInput, { type: 'age', range: { min: 40, max: 30 } }],
      [areaInput, { epcis: ['12'] }],
      [areaInput, {}],
      [amountScheduleInput, { mode: 'by-year-of-study', byYear: [{ year: 2, amountCents: 1 }, { year: 2, amountCents: 2 }] }],
      [calendarInput, { mode: 'window', opensOn: '2026-13-01', closesOn: '2026-12-01' }],
      [calendarInput, { mode: 'yearly', opens: '3-1', closes: '06-30' }],
      [calendarInput, { mode: 'window', opensOn: '2026-05-01', closesOn: '2026-04-01' }],
      [requiredDocumentInput, { key: 'Pièce', label: { fr: 'Pièce' }, formats: ['pdf'] }],
    ];
    const produced = new Set(
      invalid.flatMap(([schema, value]) => schema.safeParse(value).error?.issues.map((issue) => issue.message) ?? []).filter((message) => message.startsWith('incentives:')),
    );
    expect([...produced].sort()).toEqual(
      ['areaEmpty', 'closesBeforeOpens', 'communeCode', 'date', 'documentKey', 'epciCode', 'monthDay', 'rangeEmpty', 'rangeInverted', 'yearsUnique'].map((key) => `incentives:validation.${key}`),
    );
    for (const key of produced)
      for (const messages of [frCore, enCore]) expect(lookup(messages, key.replace('incentives:', '')), key).toEqual(expect.any(String));
  });

  it('use the same placeholders in French and English', () => {
    const placeholders = (text: unknown) => [...String(text).matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    const walk = (node: Record<string, unknown>, prefix = ''): string[] =>
      Object.entries(node).flatMap(([key, value]) => (typeof value === 'object' && value !== null ? walk(value as Record<string, unknown>, `${prefix}${key}.`) : [`${prefix}${key}`]));
    for (const key of walk(frCore)) expect(placeholders(lookup(enCore, key)), key).toEqual(placeholders(lookup(frCore, key)));
  });
});
