import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ATTENTION_COLOR } from '../common/tones';

/** "Unpublished changes": the draft differs from the published version. */
export function UnpublishedChangesBadge() {
  const { t } = useTranslation('incentives');
  return (
    <Badge color={ATTENTION_COLOR} variant="outline" miw="max-content" component="span">
      {t('admin.schemes.unpublishedChanges')}
    </Badge>
  );
}
