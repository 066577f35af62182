import { Group, NumberInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PRACTICE_MODES, PROFESSIONS, SPECIALTIES, STATUSES, type Condition } from '@ancrage/incentives-domain';
import { AreaPicker } from '../../admin-common/area-picker';
import { SchemeReferencesPicker } from '../../admin-common/scheme-references';
import type { LocalSchemeChoice, TerritoryChoices } from '../../admin-common/territory-choices';
import { VocabularyCheckboxes } from '../../admin-common/vocabulary-checkboxes';

export interface ConditionFieldsProps {
  condition: Condition;
  onChange: (condition: Condition) => void;
  /** Validation message of a field of the condition ('in', 'range.min'…). */
  errorOf: (field: string) => string | undefined;
  territory: TerritoryChoices;
  localSchemes: readonly LocalSchemeChoice[];
  /** Tells the fields of one condition from another's ("condition 2"). */
  name: string;
}

const numberOrUndefined = (value: string | number) => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);

function RangeFields({ name, range, min, max, onChange, errorOf, unit }: { name: string; range: { min?: number; max?: number }; min: number; max: number; onChange: (range: { min?: number; max?: number }) => void; errorOf: (field: string) => string | undefined; unit: string }) {
  const { t } = useTranslation('incentives');
  const set = (key: 'min' | 'max', value: number | undefined) => {
    const next = { ...range };
    if (value === undefined) delete next[key];
    else next[key] = value;
    onChange(next);
  };
  return (
    <Group align="flex-start" gap="sm">
      <NumberInput label={t('admin.rule.rangeMin', { unit, name })} value={range.min ?? ''} onChange={(value) => set('min', numberOrUndefined(value))} min={min} max={max} allowDecimal={false} w={200} error={errorOf('range.min') ?? errorOf('range')} />
      <NumberInput label={t('admin.rule.rangeMax', { unit, name })} value={range.max ?? ''} onChange={(value) => set('max', numberOrUndefined(value))} min={min} max={max} allowDecimal={false} w={200} error={errorOf('range.max')} />
    </Group>
  );
}

/** The input that fits each type of condition: lists of words, ranges, places, schemes. */
export function ConditionFields({ condition, onChange, errorOf, territory, localSchemes, name }: ConditionFieldsProps) {
  const { t } = useTranslation('incentives');
  const valuesLabel = t('admin.rule.values', { name });
  switch (condition.type) {
    case 'status':
      return <VocabularyCheckboxes label={valuesLabel} family="statuses" options={STATUSES} value={condition.in} onChange={(values) => onChange({ ...condition, in: values })} error={errorOf('in')} />;
    case 'profession':
      return <VocabularyCheckboxes label={valuesLabel} family="professions" options={PROFESSIONS} value={condition.in} onChange={(values) => onChange({ ...condition, in: values })} error={errorOf('in')} />;
    case 'specialty':
      return <VocabularyCheckboxes label={valuesLabel} family="specialties" options={SPECIALTIES} value={condition.in} onChange={(values) => onChange({ ...condition, in: values })} error={errorOf('in')} />;
    case 'practice-mode':
      return <VocabularyCheckboxes label={valuesLabel} family="practiceModes" options={PRACTICE_MODES} value={condition.in} onChange={(values) => onChange({ ...condition, in: values })} error={errorOf('in')} />;
    case 'year-of-study':
      return <RangeFields name={name} unit={t('admin.rule.unitYearOfStudy')} range={condition.range} min={1} max={15} onChange={(range) => onChange({ ...condition, range })} errorOf={errorOf} />;
    case 'age':
      return <RangeFields name={name} unit={t('admin.rule.unitAge')} range={condition.range} min={15} max={99} onChange={(range) => onChange({ ...condition, range })} errorOf={errorOf} />;
    case 'practice-area':
      return <AreaPicker legend={t('admin.rule.area', { name })} territory={territory} value={condition.area} onChange={(area) => onChange({ ...condition, area })} error={errorOf('area')} />;
    case 'commitment-years':
      return (
        <NumberInput
          label={t('admin.rule.commitmentYears', { name })}
          value={condition.min}
          onChange={(value) => onChange({ ...condition, min: numberOrUndefined(value) ?? 0 })}
          min={1}
          max={15}
          allowDecimal={false}
          w={240}
          error={errorOf('min')}
        />
      );
    case 'not-receiving':
      return <SchemeReferencesPicker label={t('admin.rule.notReceiving', { name })} localSchemes={localSchemes} value={condition.schemes} onChange={(schemes) => onChange({ ...condition, schemes })} error={errorOf('schemes')} />;
  }
}
