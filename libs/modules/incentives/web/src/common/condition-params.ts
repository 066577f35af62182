import type { TFunction } from 'i18next';
import { conditionMessage, type Area, type Condition, type ConditionOutcome, type SchemeReference, type Translate } from '@ancrage/incentives-domain';

/** Names of what conditions refer to by code: communes, EPCIs, perimeters, local schemes (`local:<uuid>`). */
export interface ReferenceNames {
  communes?: Record<string, string>;
  epcis?: Record<string, string>;
  perimeters?: Record<string, string>;
  schemes?: Record<string, string>;
}

/** i18next's `t` as the domain's message helpers take it. */
const translate = (t: TFunction): Translate => (key, params) => t(key, params ?? {});

const intlLocale = (language: string) => (language === 'en' ? 'en-GB' : 'fr-FR');

/** "a, b or c" in the page's language. */
export function orList(items: string[], language: string): string {
  return new Intl.ListFormat(intlLocale(language), { type: 'disjunction' }).format(items);
}

/** A scheme reference in words: a national scheme's label, a local scheme's name when known. */
export function schemeReferenceLabel(reference: SchemeReference, t: TFunction, names: ReferenceNames = {}): string {
  if (reference.startsWith('national:')) return t(`incentives:nationalSchemes.${reference.slice('national:'.length)}`);
  return names.schemes?.[reference] ?? t('incentives:localScheme');
}

/** The places of an area in words ("Verdun, CC du Pays de Stenay ou ZIP 2024"); codes when names are unknown. */
export function areaLabel(area: Area, t: TFunction, language: string, names: ReferenceNames = {}): string {
  const places = [
    ...area.communes.map((code) => names.communes?.[code] ?? code),
    ...area.epcis.map((code) => names.epcis?.[code] ?? t('incentives:shared.epciCode', { code })),
    ...area.perimeterIds.map((id) => names.perimeters?.[id] ?? t('incentives:shared.unnamedPerimeter')),
  ];
  const shown = places.slice(0, 8);
  const more = places.length - shown.length;
  return more > 0 ? t('incentives:shared.andMore', { list: shown.join(', '), count: more }) : orList(shown, language);
}

/** The sentence saying why a condition held or not (`incentives:explain.<type>.<outcome>`), places named when known. */
export function conditionSentence(condition: Condition, outcome: ConditionOutcome, t: TFunction, language: string, names: ReferenceNames = {}): string {
  const message = conditionMessage(condition, outcome, translate(t), { schemeName: (reference) => schemeReferenceLabel(reference, t, names) });
  const sentence = t(message.key, message.params);
  if (condition.type !== 'practice-area' || outcome === 'held') return sentence;
  return `${sentence} ${t('incentives:shared.explanation.area', { area: areaLabel(condition.area, t, language, names) })}`;
}

/** What a condition asks, in words ("Interne ou Docteur junior", "au moins 5 ans"), for a rule read without a profile. */
export function conditionValue(condition: Condition, t: TFunction, language: string, names: ReferenceNames = {}): string {
  if (condition.type === 'practice-area') return areaLabel(condition.area, t, language, names);
  const { params } = conditionMessage(condition, 'held', translate(t), { schemeName: (reference) => schemeReferenceLabel(reference, t, names) });
  switch (condition.type) {
    case 'year-of-study':
    case 'age':
      return String(params.range);
    case 'commitment-years':
      return t('incentives:shared.rule.atLeast', { value: params.years });
    case 'not-receiving':
      return String(params.schemes);
    default:
      return String(params.values);
  }
}
