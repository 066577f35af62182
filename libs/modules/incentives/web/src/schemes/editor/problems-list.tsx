import { List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Rule, RuleProblem } from '@ancrage/incentives-domain';
import { problemLocation } from './problem-location';

/** Rule problems in words, each with where it is; announced as they appear and go. */
export function ProblemsList({ problems, rule, title }: { problems: readonly RuleProblem[]; rule: Rule; title: string }) {
  const { t } = useTranslation('incentives');
  return (
    <Stack gap="xs" aria-live="polite">
      <Text fw={700}>{title}</Text>
      {problems.length === 0 ? (
        <Text>
          <span aria-hidden="true">✓ </span>
          {t('admin.problems.none')}
        </Text>
      ) : (
        <List spacing={4} aria-label={title}>
          {problems.map((problem, index) => (
            <List.Item key={`${problem.key}-${index}`}>
              <Text span fw={600}>
                {problemLocation(problem.path, rule, t)}
              </Text>
              {' — '}
              {t(problem.key, problem.params ?? {})}
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}
