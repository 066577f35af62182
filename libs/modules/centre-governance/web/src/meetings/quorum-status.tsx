import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MeetingView } from './meeting-types';

/** Whether the body may deliberate, and on what count (read out when it changes). */
export function QuorumStatus({ view }: { view: MeetingView }) {
  const { t } = useTranslation('centre-governance');
  const { quorum, rules } = view;
  const unit = t(`quorumUnits.${rules.quorum.basis}`);
  const text = quorum.waived
    ? t('minutes.quorumWaived')
    : t(quorum.met ? 'minutes.quorumMet' : 'minutes.quorumNotMet', { present: quorum.present, total: quorum.total, required: quorum.required, unit });
  return (
    // Outlined with body-coloured text: readable (WCAG AA) whatever the outcome.
    <Alert role="status" color={quorum.met ? 'teal.9' : 'red.9'} variant="outline" title={t('meeting.quorum')}>
      <Text>
        {text} {t(`meeting.quorumRule.${rules.quorum.comparison}`, { numerator: rules.quorum.numerator, denominator: rules.quorum.denominator, unit })}
      </Text>
    </Alert>
  );
}
