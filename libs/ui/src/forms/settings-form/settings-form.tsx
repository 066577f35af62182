import { useMemo, useState, type FormEvent } from 'react';
import { Button, Group, NativeSelect, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LabelledSwitch } from '../labelled-switch';
import { checkValues, initialValues, settingsFields, typedValues, type SettingsField, type SettingsProblem, type SettingsValues } from './settings-fields';

interface SettingsFormProps {
  /** i18n namespace of the labels: `<moduleId>:settings.<key>` and `…_help`. */
  moduleId: string;
  /** JSON Schema of the module's settings (as admin.modules.list returns it). */
  schema: unknown;
  /** Stored settings. */
  settings: SettingsValues;
  onSubmit: (settings: SettingsValues) => unknown;
  submitting?: boolean;
  /** Messages returned by the API, by setting key. */
  serverErrors?: Record<string, string[]>;
  /** Accessible name of the form, e.g. "Paramètres du module Territoire". */
  label: string;
}

const problemKeys: Record<SettingsProblem['problem'], string> = {
  required: 'errors:validation.required',
  integer: 'errors:validation.notInteger',
  min: 'errors:validation.numberTooSmall',
  max: 'errors:validation.numberTooBig',
  minLength: 'errors:validation.stringTooShort',
  maxLength: 'errors:validation.stringTooLong',
};

/** A module's settings form, generated from its JSON Schema: switch, number, text or select per setting. */
export function SettingsForm({ moduleId, schema, settings, onSubmit, submitting, serverErrors = {}, label }: SettingsFormProps) {
  const { t, i18n } = useTranslation('common');
  const fields = useMemo(() => settingsFields(schema), [schema]);
  const [values, setValues] = useState<SettingsValues>(() => initialValues(fields, settings));
  const [problems, setProblems] = useState<SettingsProblem[]>([]);

  if (fields.length === 0) return <Text>{t('settings.none')}</Text>;

  const set = (key: string, value: unknown) => setValues((previous) => ({ ...previous, [key]: value }));
  const labelOf = (key: string) => t(`${moduleId}:settings.${key}`);
  const helpOf = (key: string) => (i18n.exists(`${moduleId}:settings.${key}_help`) ? t(`${moduleId}:settings.${key}_help`) : undefined);
  const errorOf = (key: string) => {
    const problem = problems.find((p) => p.key === key);
    if (problem) return t(problemKeys[problem.problem], { minimum: problem.limit, maximum: problem.limit });
    return serverErrors[key]?.join(' ') || undefined;
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = checkValues(fields, values);
    setProblems(found);
    if (found.length === 0) void onSubmit(typedValues(fields, values, settings));
  };

  const input = (field: SettingsField) => {
    const common = { label: labelOf(field.key), description: helpOf(field.key), error: errorOf(field.key) };
    switch (field.kind) {
      case 'boolean':
        return (
          <LabelledSwitch
            label={common.label}
            description={common.description}
            error={common.error}
            checked={values[field.key] === true}
            onChange={(checked) => set(field.key, checked)}
          />
        );
      case 'number':
        return (
          <NumberInput
            {...common}
            value={values[field.key] as number | string}
            onChange={(value) => set(field.key, value)}
            min={field.min}
            max={field.max}
            allowDecimal={!field.integer}
            clampBehavior="none"
            maw={320}
          />
        );
      case 'enum':
        return (
          <NativeSelect
            {...common}
            value={String(values[field.key] ?? '')}
            onChange={(event) => set(field.key, event.currentTarget.value)}
            data={field.options.map((option) => ({ value: option, label: t(`${moduleId}:settings.${field.key}_options.${option}`, { defaultValue: option }) }))}
            maw={360}
          />
        );
      default:
        return <TextInput {...common} value={String(values[field.key] ?? '')} onChange={(event) => set(field.key, event.currentTarget.value)} maxLength={field.maxLength} />;
    }
  };

  return (
    <form onSubmit={submit} aria-label={label} noValidate>
      <Stack gap="md">
        {fields.map((field) => (
          <div key={field.key}>{input(field)}</div>
        ))}
        <Group>
          <Button type="submit" loading={submitting}>
            {t('settings.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
