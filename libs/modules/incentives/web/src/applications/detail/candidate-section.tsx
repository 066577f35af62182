import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FormSection } from '../../admin-common/form-section';
import { useAdminFormat } from '../../admin-common/use-admin-format.hook';
import type { ApplicationView } from './application-view';
import { Facts } from './facts';
import { profileRows } from './profile-rows';

/** Who applies, how to reach them, and the situation they declared. */
export function CandidateSection({ application, communeNames, schemeLabel }: { application: ApplicationView; communeNames: Record<string, string>; schemeLabel: (reference: string) => string }) {
  const { t } = useTranslation('incentives');
  const format = useAdminFormat();
  const { contact } = application;
  return (
    <FormSection title={t('admin.application.candidateTitle')}>
      <Stack gap="md">
        <Facts
          items={[
            { key: 'name', label: t('admin.application.contact.name'), value: `${contact.firstName} ${contact.lastName}` },
            { key: 'email', label: t('admin.application.contact.email'), value: contact.email },
            { key: 'phone', label: t('admin.application.contact.phone'), value: contact.phone || '—' },
            { key: 'birthDate', label: t('admin.application.contact.birthDate'), value: format.day(contact.birthDate) },
            { key: 'account', label: t('admin.application.contact.account'), value: application.applicant ? `${application.applicant.displayName} (${application.applicant.email})` : t('admin.application.contact.noAccount') },
            { key: 'submittedAt', label: t('admin.application.submittedAt'), value: format.instant(application.submittedAt) },
          ]}
        />
        <Title order={3} size="h5">
          {t('admin.application.profileTitle')}
        </Title>
        <Facts items={profileRows(application.profile, t, { communes: communeNames, schemes: schemeLabel })} />
      </Stack>
    </FormSection>
  );
}
