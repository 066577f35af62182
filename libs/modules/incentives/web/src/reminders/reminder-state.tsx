import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export type ReminderState = 'sent' | 'planned' | 'overdue';

/** Sent; due and not sent ("overdue": the job has not sent it, e.g. no contact address); or still to come. */
export function reminderState(reminder: { sentAt: Date | string | null; overdue: boolean }): ReminderState {
  if (reminder.sentAt) return 'sent';
  return reminder.overdue ? 'overdue' : 'planned';
}

const color: Record<ReminderState, string> = { sent: 'teal.9', planned: 'gray.8', overdue: 'red.9' };

/** The state in words (dark outlined badge: never colour alone, readable). */
export function ReminderStateBadge({ state }: { state: ReminderState }) {
  const { t } = useTranslation('incentives');
  return (
    <Badge color={color[state]} variant="outline" miw="max-content" component="span">
      {state === 'overdue' ? <span aria-hidden="true">⚠ </span> : null}
      {t(`admin.reminders.states.${state}`)}
    </Badge>
  );
}
