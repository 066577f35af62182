import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useTenant } from '@ancrage/ui';
import { FormSection } from '../../admin-common/form-section';
import { adminPaths } from '../../admin-common/paths';
import type { ReferenceNames } from '../../common/condition-params';
import { ExplanationView } from '../../common/explanation-view';
import { useIncentivesFormat } from '../../common/use-incentives-format.hook';
import type { ApplicationView } from './application-view';
import { Facts } from './facts';

/** The scheme version the application was made on (frozen), and its verdict on the answers as of today, explained. */
export function SchemeVerdictSection({ application, names, schemeLabel }: { application: ApplicationView; names: ReferenceNames; schemeLabel: (reference: string) => string }) {
  const { t } = useTranslation('incentives');
  const tenant = useTenant();
  const format = useIncentivesFormat();
  const { scheme, verdict } = application;
  const content = scheme.content;
  return (
    <FormSection title={t('admin.application.schemeTitle')}>
      <Stack gap="md">
        <Facts
          items={[
            {
              key: 'scheme',
              label: t('admin.application.scheme'),
              value: (
                <Anchor component={Link} to={adminPaths.scheme(tenant.slug, scheme.id)}>
                  {format.text(content.name)}
                </Anchor>
              ),
            },
            { key: 'version', label: t('admin.application.schemeVersion'), value: t('admin.application.frozenVersion', { version: scheme.version }) },
            { key: 'kind', label: t('admin.application.kind'), value: t(`kinds.${content.kind}`) },
            { key: 'selection', label: t('admin.application.selection'), value: t(`selection.${content.selection}`) },
            { key: 'amount', label: t('admin.application.schedule'), value: format.amountSummary(content.amount) },
            { key: 'commitment', label: t('admin.application.commitment'), value: format.commitmentSummary(content.commitment) },
          ]}
        />
        <Title order={3} size="h5">
          {t('admin.application.verdictTitle')}
        </Title>
        <Text fw={700}>
          <span aria-hidden="true">{verdict.eligible ? '✓ ' : '✗ '}</span>
          {verdict.eligible ? t('admin.application.eligible') : t('admin.application.notEligible')}
        </Text>
        {verdict.amount ? <Text>{format.computedTotal(verdict.amount)}</Text> : null}
        {!verdict.audienceMatches ? <Text>{t('admin.application.audienceMismatch', { status: t(`statuses.${application.profile.status}`) })}</Text> : null}
        {verdict.incompatibleWith.length > 0 ? <Text>{t('admin.application.incompatible', { schemes: verdict.incompatibleWith.map(schemeLabel).join(', ') })}</Text> : null}
        <ExplanationView explanation={verdict.explanation} names={names} label={t('admin.application.explanationLabel')} />
      </Stack>
    </FormSection>
  );
}
