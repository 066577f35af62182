import { Button, Group, Paper, Radio, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TestCase, TestCaseResult } from '@ancrage/incentives-domain';
import { MoneyInput } from '@ancrage/ui';
import { FormSection } from '../../admin-common/form-section';
import { useSchemeReferenceLabel } from '../../admin-common/scheme-references';
import type { ReferenceNames } from '../../common/condition-params';
import type { ChoicesProps, SectionProps } from '../editor/section-props';
import { TestCaseResultView } from './test-case-result';
import { TestProfileFields } from './test-profile-fields';

const MAX_TEST_CASES = 50;

function newTestCase(content: SectionProps['content']): TestCase {
  return { label: '', profile: { status: content.audiences[0] ?? 'student', profession: 'medecin', receiving: [] }, expectEligible: true };
}

/** An expected amount only means something for an eligible profile: it goes when "not eligible" is expected. */
function expectation(testCase: TestCase, eligible: boolean): TestCase {
  if (eligible) return { ...testCase, expectEligible: true };
  const { expectedAmountCents: _dropped, ...rest } = testCase;
  return { ...rest, expectEligible: false };
}

interface TestCasesSectionProps extends SectionProps, ChoicesProps {
  /** The cases' results, computed in the browser from the content being edited. */
  results: readonly TestCaseResult[];
  names: ReferenceNames;
}

/** Fictitious profiles and what the scheme must answer them; each runs live as the scheme changes. */
export function TestCasesSection({ content, change, errorOf, results, names, territory, localSchemes }: TestCasesSectionProps) {
  const { t } = useTranslation('incentives');
  const labelOf = useSchemeReferenceLabel(localSchemes);
  const cases = content.testCases;
  const setAt = (index: number, patch: Partial<TestCase>) => change({ testCases: cases.map((testCase, i) => (i === index ? { ...testCase, ...patch } : testCase)) });
  const failing = results.filter((result) => !result.passed).length;
  return (
    <FormSection title={t('admin.testCases.title')}>
      <Stack gap="md">
        <Text>{t('admin.testCases.intro')}</Text>
        <Text fw={600} role="status">
          {cases.length === 0 ? t('admin.testCases.none') : t('admin.testCases.summary', { count: cases.length, failing })}
        </Text>
        {cases.map((testCase, index) => {
          const number = index + 1;
          const name = t('admin.testCases.name', { number });
          const at = (field: string) => errorOf(`testCases.${index}.${field}`);
          const result = results[index];
          return (
            <Paper key={index} withBorder p="sm" component="section" aria-label={testCase.label ? t('admin.testCases.named', { number, label: testCase.label }) : name}>
              <Stack gap="sm">
                <Group justify="space-between" align="flex-end">
                  <TextInput label={t('admin.testCases.label', { number })} value={testCase.label} onChange={(event) => setAt(index, { label: event.currentTarget.value })} error={at('label')} required maxLength={160} style={{ flex: '1 1 20rem' }} />
                  <Button variant="subtle" color="red.9" c="red.9" onClick={() => change({ testCases: cases.filter((_, i) => i !== index) })} aria-label={t('admin.testCases.remove', { number })}>
                    {t('admin.editor.remove')}
                  </Button>
                </Group>
                <TestProfileFields name={name} profile={testCase.profile} onChange={(profile) => setAt(index, { profile })} errorOf={(field) => at(`profile.${field}`)} territory={territory} localSchemes={localSchemes} />
                <SimpleGrid cols={{ base: 1, sm: 2 }}>
                  <Radio.Group label={t('admin.testCases.expect', { number })} value={testCase.expectEligible ? 'yes' : 'no'} onChange={(value) => change({ testCases: cases.map((item, i) => (i === index ? expectation(item, value === 'yes') : item)) })}>
                    <Group gap="md" mt={4}>
                      <Radio value="yes" label={t('admin.testCases.eligible')} />
                      <Radio value="no" label={t('admin.testCases.notEligible')} />
                    </Group>
                  </Radio.Group>
                  {testCase.expectEligible ? (
                    <MoneyInput
                      label={t('admin.testCases.expectedAmount', { number })}
                      description={t('admin.testCases.expectedAmountHelp')}
                      value={testCase.expectedAmountCents ?? null}
                      onChange={(cents) => {
                        const { expectedAmountCents: _previous, ...rest } = testCase;
                        change({ testCases: cases.map((item, i) => (i === index ? (cents === null ? rest : { ...rest, expectedAmountCents: cents }) : item)) });
                      }}
                      error={at('expectedAmountCents')}
                    />
                  ) : null}
                </SimpleGrid>
                {result ? <TestCaseResultView testCase={testCase} result={result} names={names} labelOf={labelOf} /> : null}
              </Stack>
            </Paper>
          );
        })}
        <Group>
          <Button variant="default" disabled={cases.length >= MAX_TEST_CASES} onClick={() => change({ testCases: [...cases, newTestCase(content)] })}>
            {t('admin.testCases.add')}
          </Button>
        </Group>
      </Stack>
    </FormSection>
  );
}
