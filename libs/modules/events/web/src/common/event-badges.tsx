import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EventFormat, EventKind, EventStatus, RegistrationStatus } from '@ancrage/events-domain';

// Dark shades on light backgrounds: readable (WCAG AA) whatever the tenant's colours.
const statusColors: Record<EventStatus, string> = { draft: 'gray.8', published: 'teal.9', cancelled: 'red.9', closed: 'indigo.9' };
const registrationColors: Record<RegistrationStatus, string> = { confirmed: 'teal.9', waiting: 'orange.9', cancelled: 'gray.8' };

export function EventStatusBadge({ status }: { status: EventStatus }) {
  const { t } = useTranslation('events');
  return (
    <Badge color={statusColors[status]} variant="outline" miw="max-content">
      {t(`statuses.${status}`)}
    </Badge>
  );
}

export function RegistrationStatusBadge({ status, position }: { status: RegistrationStatus; position?: number | null }) {
  const { t } = useTranslation('events');
  return (
    <Badge color={registrationColors[status]} variant="outline" miw="max-content">
      {status === 'waiting' && position ? t('registrations.waitingPosition', { position }) : t(`registrationStatuses.${status}`)}
    </Badge>
  );
}

/** Kind and format of an event, as tags. */
export function EventTags({ kind, format }: { kind: EventKind; format: EventFormat }) {
  const { t } = useTranslation('events');
  return (
    <Group gap={6}>
      <Badge color="dark" variant="light">
        {t(`kinds.${kind}`)}
      </Badge>
      <Badge color="dark" variant="outline">
        {t(`formats.${format}`)}
      </Badge>
    </Group>
  );
}
