import { useState } from 'react';
import { Alert, Button, Group, List, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { apiErrorMessage, useNotify, useTRPC } from '@ancrage/ui';
import { schemeReferenceLabel } from '../../common/condition-params';
import { ExplanationView } from '../../common/explanation-view';
import { useIncentivesFormat } from '../../common/use-incentives-format.hook';
import type { MyApplication } from './my-application-types';
import { useRefreshApplication } from './use-refresh-application.hook';

/** Before sending: does the scheme's rule hold for the answers, is every document there; then submit (the API decides). */
export function SubmitSection({ application }: { application: MyApplication }) {
  const { t } = useTranslation('incentives');
  const trpc = useTRPC();
  const notify = useNotify();
  const format = useIncentivesFormat();
  const refresh = useRefreshApplication();
  const [refusal, setRefusal] = useState<string | null>(null);
  const { verdict } = application;
  const missing = application.scheme.requiredDocuments.filter((document) => application.missingDocuments.includes(document.key));
  const submit = useMutation(
    trpc.incentives.submitMyApplication.mutationOptions({
      onSuccess: async () => {
        setRefusal(null);
        notify.success(t('portal.application.submitted'));
        await refresh();
      },
      onError: async (error) => {
        setRefusal(apiErrorMessage(error, t('portal.application.submitFailed')));
        // The answer may have changed since the page was read (documents, another application granted).
        await refresh();
      },
    }),
  );

  return (
    <Stack gap="md">
      {refusal ? (
        <Alert variant="outline" color="red.9" role="alert" title={t('portal.application.refusedTitle')}>
          <Text c="red.9">{refusal}</Text>
        </Alert>
      ) : null}
      <div>
        <Text fw={700}>{verdict.eligible ? t('portal.application.eligible') : t('portal.application.notEligible')}</Text>
        {!verdict.audienceMatches ? <Text size="sm">{t('portal.application.audienceMismatch')}</Text> : null}
        {verdict.incompatibleWith.length > 0 ? (
          <Text size="sm">{t('portal.simulator.incompatible', { schemes: verdict.incompatibleWith.map((reference) => schemeReferenceLabel(reference, t)).join(', ') })}</Text>
        ) : null}
        {!verdict.explanation.holds ? <ExplanationView explanation={verdict.explanation} label={t('portal.application.conditionsLabel')} /> : null}
      </div>
      <div>
        {missing.length === 0 ? (
          <Text fw={700}>{t('portal.application.documentsComplete')}</Text>
        ) : (
          <>
            <Text fw={700}>{t('portal.application.documentsMissing', { count: missing.length })}</Text>
            <List size="sm">
              {missing.map((document) => (
                <List.Item key={document.key}>{format.text(document.label)}</List.Item>
              ))}
            </List>
          </>
        )}
      </div>
      {!application.scheme.open ? <Text fw={600}>{t('portal.application.schemeClosed')}</Text> : null}
      <Group>
        <Button onClick={() => submit.mutate({ id: application.id, rowVersion: application.rowVersion })} loading={submit.isPending}>
          {t('portal.application.submit')}
        </Button>
      </Group>
    </Stack>
  );
}
