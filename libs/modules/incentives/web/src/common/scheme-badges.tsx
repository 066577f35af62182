import { ATTENTION_COLOR } from './tones';
import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApplicationStatus, SchemeKind, SchemeStatus, Status } from '@ancrage/incentives-domain';

// Dark shades with the text always saying the meaning: readable (WCAG AA) and never colour alone.
const schemeStatusColors: Record<SchemeStatus, string> = { draft: 'gray.8', published: 'teal.9', archived: 'dark.6' };

const applicationStatusColors: Record<ApplicationStatus, string> = {
  draft: 'gray.8',
  submitted: 'blue.9',
  'under-review': 'indigo.9',
  committee: 'violet.9',
  approved: 'teal.9',
  rejected: 'red.9',
  withdrawn: 'gray.8',
  'agreement-signed': 'teal.9',
  'being-paid': 'cyan.9',
  'commitment-running': 'green.9',
  completed: 'green.9',
  'commitment-broken': 'red.9',
  repayment: ATTENTION_COLOR,
  repaid: 'gray.8',
};

export function SchemeKindBadge({ kind }: { kind: SchemeKind }) {
  const { t } = useTranslation('incentives');
  return (
    <Badge color="dark" variant="light" miw="max-content">
      {t(`kinds.${kind}`)}
    </Badge>
  );
}

export function SchemeStatusBadge({ status }: { status: SchemeStatus }) {
  const { t } = useTranslation('incentives');
  return (
    <Badge color={schemeStatusColors[status]} variant="outline" miw="max-content" component="span">
      {t(`schemeStatuses.${status}`)}
    </Badge>
  );
}

export function ApplicationStatusBadge({ status }: { status: ApplicationStatus }) {
  const { t } = useTranslation('incentives');
  return (
    <Badge color={applicationStatusColors[status]} variant="outline" miw="max-content" component="span">
      {t(`applicationStatuses.${status}`)}
    </Badge>
  );
}

/** Open or closed to applications, in words. */
export function OpenBadge({ open }: { open: boolean }) {
  const { t } = useTranslation('incentives');
  return (
    <Badge color={open ? 'teal.9' : 'gray.8'} variant="outline" miw="max-content">
      {open ? t('shared.open.badgeOpen') : t('shared.open.badgeClosed')}
    </Badge>
  );
}

/** Eligible or not for one profile, in words. */
export function EligibilityBadge({ eligible }: { eligible: boolean }) {
  const { t } = useTranslation('incentives');
  return (
    <Badge color={eligible ? 'teal.9' : 'red.9'} variant="filled" miw="max-content">
      {eligible ? t('shared.eligibility.eligible') : t('shared.eligibility.notEligible')}
    </Badge>
  );
}

/** The statuses a scheme is for, as tags. */
export function AudienceBadges({ audiences }: { audiences: readonly Status[] }) {
  const { t } = useTranslation('incentives');
  return (
    <Group gap={6} aria-label={t('shared.audiencesLabel')} role="group">
      {audiences.map((audience) => (
        <Badge key={audience} color="dark" variant="outline" miw="max-content" tt="none">
          {t(`statuses.${audience}`)}
        </Badge>
      ))}
    </Group>
  );
}
