import type { SchemeReference } from '../profile.schema';
import type { ConditionOutcome } from './explanation';
import type { Condition } from './rule.schema';

/** i18next's `t`, or anything that turns a key and its values into text. */
export type Translate = (key: string, params?: Record<string, string | number>) => string;

export interface ConditionMessage {
  /** 'incentives:explain.<type>.<outcome>' */
  key: string;
  params: Record<string, string | number>;
}

function rangeText(dimension: 'age' | 'yearOfStudy', range: { min?: number; max?: number }, t: Translate): string {
  const base = `incentives:ranges.${dimension}`;
  if (range.min !== undefined && range.max !== undefined) {
    return range.min === range.max ? t(`${base}.exactly`, { value: range.min }) : t(`${base}.between`, { min: range.min, max: range.max });
  }
  return range.min !== undefined ? t(`${base}.atLeast`, { min: range.min }) : t(`${base}.atMost`, { max: range.max ?? 0 });
}

/** A national scheme by its label; a local one by a generic word unless the caller knows its name. */
export const defaultSchemeName = (t: Translate) => (reference: SchemeReference) =>
  reference.startsWith('national:') ? t(`incentives:nationalSchemes.${reference.slice('national:'.length)}`) : t('incentives:localScheme');

/**
 * The sentence explaining a condition's outcome: its key and the values it
 * interpolates: {{values}} (accepted labels), {{range}}, {{min}}, {{max}},
 * {{years}} (a translated duration), {{schemes}} (excluded schemes' names),
 * {{communes}}/{{epcis}}/{{perimeters}} (how many of each an area names).
 */
export function conditionMessage(
  condition: Condition,
  outcome: ConditionOutcome,
  t: Translate,
  options: { schemeName?: (reference: SchemeReference) => string } = {},
): ConditionMessage {
  const key = `incentives:explain.${condition.type}.${outcome}`;
  const labels = (family: string, values: readonly string[]) => values.map((value) => t(`incentives:${family}.${value}`)).join(', ');
  switch (condition.type) {
    case 'status':
    case 'profession':
    case 'specialty':
    case 'practice-mode': {
      const family = condition.type === 'status' ? 'statuses' : condition.type === 'profession' ? 'professions' : condition.type === 'specialty' ? 'specialties' : 'practiceModes';
      return { key, params: { values: labels(family, condition.in) } };
    }
    case 'year-of-study':
    case 'age': {
      const { min, max } = condition.range;
      return { key, params: { range: rangeText(condition.type === 'age' ? 'age' : 'yearOfStudy', condition.range, t), ...(min !== undefined && { min }), ...(max !== undefined && { max }) } };
    }
    case 'practice-area': {
      const { communes, epcis, perimeterIds } = condition.area;
      return { key, params: { communes: communes.length, epcis: epcis.length, perimeters: perimeterIds.length } };
    }
    case 'commitment-years':
      return { key, params: { min: condition.min, years: t('incentives:durations.years', { count: condition.min }) } };
    case 'not-receiving': {
      const name = options.schemeName ?? defaultSchemeName(t);
      return { key, params: { schemes: condition.schemes.map(name).join(', ') } };
    }
  }
}
