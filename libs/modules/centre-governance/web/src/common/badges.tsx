import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CentreStatus, DeliberationStatus, MeetingStatus } from '@ancrage/centre-governance-domain';

// Dark shades, outlined: readable (WCAG AA) whatever the tenant's colours.
const centreColor: Record<CentreStatus, string> = { preparation: 'blue.9', open: 'teal.9', closed: 'gray.8' };
const meetingColor: Record<MeetingStatus, string> = { planned: 'gray.8', convened: 'indigo.9', held: 'teal.9', cancelled: 'red.9' };
const deliberationColor: Record<DeliberationStatus, string> = { pending: 'gray.8', adopted: 'teal.9', rejected: 'red.9', withdrawn: 'gray.8' };

export function CentreStatusBadge({ status }: { status: CentreStatus }) {
  const { t } = useTranslation('centre-governance');
  return (
    <Badge color={centreColor[status]} variant="outline" miw="max-content">
      {t(`centreStatuses.${status}`)}
    </Badge>
  );
}

export function MeetingStatusBadge({ status }: { status: MeetingStatus }) {
  const { t } = useTranslation('centre-governance');
  return (
    <Badge color={meetingColor[status]} variant="outline" miw="max-content">
      {t(`meetingStatuses.${status}`)}
    </Badge>
  );
}

export function DeliberationStatusBadge({ status }: { status: DeliberationStatus }) {
  const { t } = useTranslation('centre-governance');
  return (
    <Badge color={deliberationColor[status]} variant="outline" miw="max-content">
      {t(`outcomes.${status}`)}
    </Badge>
  );
}
