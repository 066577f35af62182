import { Button, Checkbox, Group, NativeSelect, Paper, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { QUESTION_PRESETS, QUESTION_TYPES, type QuestionPreset, type QuestionType } from '@ancrage/events-domain';
import { freeQuestionId } from './event-form-values';
import { FormSection, type SectionProps } from './form-section';

const PRESET_TYPES: Record<QuestionPreset, QuestionType> = { faculty: 'text', semester: 'choice', dietary: 'text', accommodation: 'yes-no', transport: 'choice' };

/** The registration questions: usual ones in one click, or the officer's own. */
export function QuestionFields({ values, change, errorOf }: SectionProps) {
  const { t } = useTranslation('events');
  const taken = values.questions.map((question) => question.id);
  const update = (index: number, patch: Partial<(typeof values.questions)[number]>) => change({ questions: values.questions.map((question, i) => (i === index ? { ...question, ...patch } : question)) });
  const add = (preset?: QuestionPreset) =>
    change({
      questions: [
        ...values.questions,
        {
          id: freeQuestionId(taken, preset),
          label: preset ? t(`questionPresets.${preset}.label`) : '',
          type: preset ? PRESET_TYPES[preset] : 'text',
          required: false,
          options: preset ? t(`questionPresets.${preset}.options`).split('|').filter(Boolean).join('\n') : '',
        },
      ],
    });

  return (
    <FormSection legend={t('form.questions')}>
      <Stack gap="sm">
        <Text size="sm">{t('form.questionsHelp')}</Text>
        {values.questions.map((question, index) => (
          <Paper key={question.id} withBorder p="sm">
            <Stack gap="xs">
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <TextInput label={t('form.questionLabel', { n: index + 1 })} required value={question.label} onChange={(e) => update(index, { label: e.currentTarget.value })} error={errorOf(`questions.${index}.label`) ?? errorOf(`questions.${index}.id`)} />
                <NativeSelect label={t('form.questionType', { n: index + 1 })} value={question.type} onChange={(e) => update(index, { type: e.currentTarget.value as QuestionType })} data={QUESTION_TYPES.map((type) => ({ value: type, label: t(`questionTypes.${type}`) }))} />
              </SimpleGrid>
              {question.type === 'choice' || question.type === 'multiple' ? (
                <Textarea label={t('form.questionOptions', { n: index + 1 })} description={t('form.onePerLine')} autosize minRows={2} value={question.options} onChange={(e) => update(index, { options: e.currentTarget.value })} error={errorOf(`questions.${index}.options`)} />
              ) : null}
              <Group justify="space-between">
                <Checkbox label={t('form.questionRequired', { n: index + 1 })} checked={question.required} onChange={(e) => update(index, { required: e.currentTarget.checked })} />
                <Button variant="subtle" color="red.9" size="xs" onClick={() => change({ questions: values.questions.filter((_, i) => i !== index) })} aria-label={t('form.removeQuestion', { n: index + 1 })}>
                  {t('form.remove')}
                </Button>
              </Group>
            </Stack>
          </Paper>
        ))}
        <Group gap="xs">
          {QUESTION_PRESETS.filter((preset) => !taken.includes(preset)).map((preset) => (
            <Button key={preset} variant="default" size="xs" onClick={() => add(preset)}>
              {t('form.addPreset', { label: t(`questionPresets.${preset}.label`) })}
            </Button>
          ))}
          <Button variant="default" size="xs" onClick={() => add()}>
            {t('form.addQuestion')}
          </Button>
        </Group>
      </Stack>
    </FormSection>
  );
}
