import { Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FormSection } from '../../admin-common/form-section';
import { useAdminFormat } from '../../admin-common/use-admin-format.hook';
import type { ApplicationView } from './application-view';

/** Every move of the file, oldest first: who, when, from which status to which, and their comment. */
export function HistorySection({ application }: { application: ApplicationView }) {
  const { t } = useTranslation('incentives');
  const format = useAdminFormat();
  return (
    <FormSection title={t('admin.application.historyTitle')}>
      {application.history.length === 0 ? (
        <Text>{t('admin.application.history.none')}</Text>
      ) : (
        <Timeline active={application.history.length - 1} bulletSize={14} lineWidth={2} aria-label={t('admin.application.historyTitle')} component="ol" style={{ listStyle: 'none', paddingLeft: 0 }}>
          {application.history.map((event) => {
            const title =
              event.fromStatus === null
                ? t('admin.application.history.created', { to: t(`applicationStatuses.${event.toStatus}`) })
                : event.fromStatus === event.toStatus
                  ? t('admin.application.history.note', { status: t(`applicationStatuses.${event.toStatus}`) })
                  : t('admin.application.history.moved', { from: t(`applicationStatuses.${event.fromStatus}`), to: t(`applicationStatuses.${event.toStatus}`) });
            return (
              <Timeline.Item key={event.id} title={title} component="li">
                <Text size="sm">{t('admin.application.history.byAt', { at: format.instant(event.at), who: event.actorName ?? t('admin.application.history.system') })}</Text>
                {event.comment ? <Text size="sm">{t('admin.application.history.comment', { comment: event.comment })}</Text> : null}
              </Timeline.Item>
            );
          })}
        </Timeline>
      )}
    </FormSection>
  );
}
