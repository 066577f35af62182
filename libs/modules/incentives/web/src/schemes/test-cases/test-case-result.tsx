import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TestCase, TestCaseResult } from '@ancrage/incentives-domain';
import type { ReferenceNames } from '../../common/condition-params';
import { ExplanationView } from '../../common/explanation-view';
import { useAdminFormat } from '../../admin-common/use-admin-format.hook';

/** Pass or fail in words, with the mark for a quick look. */
export function PassBadge({ passed }: { passed: boolean }) {
  const { t } = useTranslation('incentives');
  return (
    <Badge color={passed ? 'teal.9' : 'red.9'} variant="outline" miw="max-content">
      <span aria-hidden="true">{passed ? '✓ ' : '✗ '}</span>
      {passed ? t('admin.testCases.passed') : t('admin.testCases.failed')}
    </Badge>
  );
}

/** What the scheme answered a test case, evaluated in the browser, and why. */
export function TestCaseResultView({ testCase, result, names, labelOf }: { testCase: TestCase; result: TestCaseResult; names: ReferenceNames; labelOf: (reference: string) => string }) {
  const { t } = useTranslation('incentives');
  const format = useAdminFormat();
  const { verdict } = result;
  const expected = testCase.expectEligible ? t('admin.testCases.eligible') : t('admin.testCases.notEligible');
  const got = verdict.eligible ? t('admin.testCases.eligible') : t('admin.testCases.notEligible');
  return (
    <Stack gap="xs" aria-live="polite">
      <Group gap="sm">
        <PassBadge passed={result.passed} />
        <Text fw={600}>{t('admin.testCases.verdict', { verdict: got, amount: verdict.amount ? format.cents(verdict.amount.totalCents) : '—' })}</Text>
      </Group>
      {result.failures.includes('eligibility') ? <Text c="red.9">{t('admin.testCases.eligibilityMismatch', { expected, got })}</Text> : null}
      {result.failures.includes('amount') ? (
        <Text c="red.9">{t('admin.testCases.amountMismatch', { expected: format.cents(testCase.expectedAmountCents ?? 0), got: verdict.amount ? format.cents(verdict.amount.totalCents) : '—' })}</Text>
      ) : null}
      {!verdict.audienceMatches ? <Text>{t('admin.testCases.audienceMismatch', { status: t(`statuses.${testCase.profile.status}`) })}</Text> : null}
      {verdict.incompatibleWith.length > 0 ? <Text>{t('admin.testCases.incompatible', { schemes: verdict.incompatibleWith.map(labelOf).join(', ') })}</Text> : null}
      <ExplanationView explanation={verdict.explanation} names={names} label={t('admin.testCases.explanationOf', { label: testCase.label || result.label })} />
    </Stack>
  );
}
