import { ATTENTION_COLOR } from '../common/tones';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApplicationStatus, SchemeStatus } from '@ancrage/incentives-domain';

// Dark shades, outlined, always with a word: readable (WCAG AA) and never colour alone.
const schemeColor: Record<SchemeStatus, string> = { draft: 'gray.8', published: 'teal.9', archived: 'dark.6' };

const applicationColor: Record<ApplicationStatus, string> = {
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

export function SchemeStatusBadge({ status }: { status: SchemeStatus }) {
  const { t } = useTranslation('incentives');
  return (
    <Badge color={schemeColor[status]} variant="outline" miw="max-content" component="span">
      {t(`schemeStatuses.${status}`)}
    </Badge>
  );
}

export function ApplicationStatusBadge({ status }: { status: ApplicationStatus }) {
  const { t } = useTranslation('incentives');
  return (
    <Badge color={applicationColor[status]} variant="outline" miw="max-content" component="span">
      {t(`applicationStatuses.${status}`)}
    </Badge>
  );
}

/** "Unpublished changes": the draft differs from the published version. */
export function UnpublishedChangesBadge() {
  const { t } = useTranslation('incentives');
  return (
    <Badge color={ATTENTION_COLOR} variant="outline" miw="max-content" component="span">
      {t('admin.schemes.unpublishedChanges')}
    </Badge>
  );
}
