import { useState, type FormEvent } from 'react';
import { Alert, Anchor, Button, Group, List, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { FormAlert, LoadingState, PageHeader, QueryState, useFieldErrors, useMe, useTenant, useTRPC, type Me, type RouterOutputs } from '@ancrage/ui';
import { ProfileFields } from '../common/profile-fields';
import { profileFromDraft, type ProfileDraft } from '../common/profile-draft';
import { useIncentivesFormat } from '../common/use-incentives-format.hook';
import { ContactFields } from './contact-fields';
import { applicationForm, EMPTY_CONTACT, type ContactDraft } from './contact-form';
import { portalPaths } from './portal-paths';
import { draftFromQuery } from './profile-query';
import { SignInNeeded } from './sign-in-needed';
import { usePortalCommunes } from './use-portal-communes.hook';

type PortalScheme = RouterOutputs['incentives']['portalScheme'];

/** The application form: contact and situation (pre-filled from a simulation), then a draft is started. */
function ApplyForm({ scheme, me }: { scheme: PortalScheme; me: Me }) {
  const { t } = useTranslation('incentives');
  const trpc = useTRPC();
  const tenant = useTenant();
  const navigate = useNavigate();
  const format = useIncentivesFormat();
  const [params] = useSearchParams();
  const errors = useFieldErrors();
  const [contact, setContact] = useState<ContactDraft>({ ...EMPTY_CONTACT, email: me.email });
  const [profile, setProfile] = useState<ProfileDraft>(() => draftFromQuery(params));
  const communes = usePortalCommunes(profile.practiceCommune);
  const start = useMutation(
    trpc.incentives.startApplication.mutationOptions({
      onSuccess: (created) => void navigate(portalPaths.myApplication(tenant.slug, created.id)),
      onError: errors.showApiError,
    }),
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = errors.validate(applicationForm, { contact, profile: profileFromDraft(profile) });
    if (!input) return;
    start.mutate({ slug: scheme.slug, ...input });
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="apply-form-title">
      <Stack gap="lg">
        <Title order={2} size="h3" id="apply-form-title">
          {t('portal.apply.formTitle')}
        </Title>
        <Text size="sm">{t('portal.apply.requiredHint')}</Text>
        <FormAlert message={errors.formError} />
        <ContactFields value={contact} onChange={setContact} errorOf={(field) => errors.errorOf(`contact.${field}`)} />
        <ProfileFields
          value={profile}
          onChange={setProfile}
          errorOf={(field) => errors.errorOf(`profile.${field}`)}
          communes={communes.communes}
          onCommuneSearch={communes.onSearch}
          communesLoading={communes.loading}
          idPrefix="apply"
        />
        {scheme.requiredDocuments.length > 0 ? (
          <Alert variant="outline" color="indigo.9" title={t('portal.apply.documentsNext')}>
            <List size="sm">
              {scheme.requiredDocuments.map((document) => (
                <List.Item key={document.key}>{format.text(document.label)}</List.Item>
              ))}
            </List>
          </Alert>
        ) : null}
        <Text size="sm">{t('portal.apply.privacy', { tenant: tenant.name })}</Text>
        <Group>
          <Button type="submit" loading={start.isPending}>
            {t('portal.apply.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** /t/:tenant/incentives/apply/:slug — starts an application (account needed), pre-filled from the simulator's query. */
export function ApplyPage() {
  const { t } = useTranslation('incentives');
  const { slug = '' } = useParams();
  const trpc = useTRPC();
  const tenant = useTenant();
  const format = useIncentivesFormat();
  const me = useMe();
  const scheme = useQuery(trpc.incentives.portalScheme.queryOptions({ slug }));
  const account = me.data;
  const title = scheme.data ? t('portal.apply.title', { scheme: format.text(scheme.data.name) }) : t('portal.apply.titleGeneric');

  return (
    <>
      <PageHeader
        title={title}
        actions={
          <Anchor component={Link} to={portalPaths.scheme(tenant.slug, slug)}>
            {t('portal.apply.backToScheme')}
          </Anchor>
        }
      />
      {me.isPending ? (
        <LoadingState />
      ) : !account ? (
        <SignInNeeded text={t('portal.apply.signInText')} />
      ) : (
        <QueryState query={scheme}>
          {(data) =>
            data.open ? (
              <ApplyForm scheme={data} me={account} />
            ) : (
              <Alert variant="outline" color="red.9" role="alert">
                {t('portal.apply.closed')}
              </Alert>
            )
          }
        </QueryState>
      )}
    </>
  );
}
