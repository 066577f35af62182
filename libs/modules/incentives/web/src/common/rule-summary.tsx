import { Box, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Rule } from '@ancrage/incentives-domain';
import { conditionValue, type ReferenceNames } from './condition-params';

function RuleNode({ rule, names }: { rule: Rule; names: ReferenceNames | undefined }) {
  const { t, i18n } = useTranslation('incentives');
  const language = i18n.resolvedLanguage ?? i18n.language;
  switch (rule.op) {
    case 'condition':
      return (
        <li>
          <Text component="span" fw={600}>
            {t(`conditions.${rule.condition.type}`)}
          </Text>
          {t('shared.rule.separator')}
          {conditionValue(rule.condition, t, language, names)}
        </li>
      );
    case 'not':
      return (
        <li>
          {t('shared.rule.not')}
          <RuleList rules={[rule.rule]} names={names} />
        </li>
      );
    case 'all':
    case 'any':
      return (
        <li>
          {rule.rules.length === 0 ? t('shared.explanation.everyone') : t(`shared.rule.${rule.op}`)}
          {rule.rules.length > 0 ? <RuleList rules={rule.rules} names={names} /> : null}
        </li>
      );
  }
}

function RuleList({ rules, names, label }: { rules: Rule[]; names: ReferenceNames | undefined; label?: string }) {
  return (
    <Box component="ul" aria-label={label} pl="lg" my={4}>
      {rules.map((rule, index) => (
        <RuleNode key={index} rule={rule} names={names} />
      ))}
    </Box>
  );
}

/** A scheme's eligibility rule in plain words (what is asked, not evaluated for anyone). */
export function RuleSummary({ rule, names, label }: { rule: Rule; names?: ReferenceNames; label?: string }) {
  const { t } = useTranslation('incentives');
  if (rule.op === 'all') {
    if (rule.rules.length === 0) return <Text>{t('shared.explanation.everyone')}</Text>;
    return (
      <div>
        <Text>{t('shared.rule.rootAll')}</Text>
        <RuleList rules={rule.rules} names={names} label={label} />
      </div>
    );
  }
  return <RuleList rules={[rule]} names={names} label={label} />;
}
