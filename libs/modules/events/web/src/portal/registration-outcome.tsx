import { useEffect, useRef } from 'react';
import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RegistrationOutcome } from './registration-form';

/** What happened after registering: a place, or a position on the waiting list; focused so that it is read first. */
export function RegistrationOutcomeMessage({ outcome }: { outcome: RegistrationOutcome }) {
  const { t } = useTranslation('events');
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  const confirmed = outcome.status === 'confirmed';
  return (
    <Alert ref={ref} tabIndex={-1} role="status" color={confirmed ? 'teal.9' : 'orange.9'} variant="outline" title={confirmed ? t('registration.confirmedTitle') : t('registration.waitingTitle')}>
      <Text>{confirmed ? t('registration.confirmedText', { email: outcome.email }) : t('registration.waitingText', { email: outcome.email, position: outcome.waitlistPosition })}</Text>
    </Alert>
  );
}
