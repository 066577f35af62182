import { useState, type FormEvent } from 'react';
import { Badge, Button, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { FormAlert, useFieldErrors, useNotify, useTRPC } from '@ancrage/ui';
import { ProfileFields } from '../../common/profile-fields';
import { draftFromProfile, profileForm, profileFromDraft, type ProfileDraft } from '../../common/profile-draft';
import { useIncentivesFormat } from '../../common/use-incentives-format.hook';
import { ContactFields } from '../contact-fields';
import { contactForm, contactFromSaved, type ContactDraft } from '../contact-form';
import { usePortalCommunes } from '../use-portal-communes.hook';
import type { MyApplication } from './my-application-types';
import { useRefreshApplication } from './use-refresh-application.hook';

const changeForm = z.object({ message: z.string().trim().min(5, 'incentives:portal.change.messageTooShort').max(2000), contact: contactForm, profile: profileForm });

const requestColors = { pending: 'indigo.9', accepted: 'teal.9', refused: 'red.9' } as const;

/** The requests already sent and their outcome. */
function SentRequests({ application }: { application: MyApplication }) {
  const { t } = useTranslation('incentives');
  const format = useIncentivesFormat();
  if (application.changeRequests.length === 0) return null;
  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        {t('portal.change.sentTitle')}
      </Title>
      {application.changeRequests.map((request) => (
        <Stack key={request.id} gap={2}>
          <Group gap="xs" wrap="wrap">
            <Text size="sm" fw={600}>
              {t('portal.change.sentOn', { date: format.dateTime(request.createdAt) })}
            </Text>
            <Badge variant="outline" color={requestColors[request.status as keyof typeof requestColors] ?? 'gray.8'} miw="max-content">
              {t(`portal.change.statuses.${request.status}`)}
            </Badge>
          </Group>
          <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
            {request.message}
          </Text>
        </Stack>
      ))}
    </Stack>
  );
}

/**
 * Once submitted, answers change only through a request an officer accepts:
 * a message and the corrected answers (only what changed is proposed).
 */
export function ChangeRequestForm({ application }: { application: MyApplication }) {
  const { t } = useTranslation('incentives');
  const trpc = useTRPC();
  const notify = useNotify();
  const errors = useFieldErrors();
  const refresh = useRefreshApplication();
  const initialContact = contactFromSaved(application.contact);
  const initialProfile = draftFromProfile(application.profile);
  const [message, setMessage] = useState('');
  const [contact, setContact] = useState<ContactDraft>(initialContact);
  const [profile, setProfile] = useState<ProfileDraft>(initialProfile);
  const [nothingChanged, setNothingChanged] = useState(false);
  const communes = usePortalCommunes(profile.practiceCommune);
  const send = useMutation(
    trpc.incentives.requestChange.mutationOptions({
      onSuccess: async () => {
        setMessage('');
        errors.clear();
        notify.success(t('portal.change.sent'));
        await refresh();
      },
      onError: errors.showApiError,
    }),
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = errors.validate(changeForm, { message, contact, profile: profileFromDraft(profile) });
    if (!input) return;
    const contactChanged = JSON.stringify(contact) !== JSON.stringify(initialContact);
    const profileChanged = JSON.stringify(profile) !== JSON.stringify(initialProfile);
    setNothingChanged(!contactChanged && !profileChanged);
    if (!contactChanged && !profileChanged) return;
    send.mutate({
      id: application.id,
      message: input.message,
      proposed: { ...(contactChanged ? { contact: input.contact } : {}), ...(profileChanged ? { profile: input.profile } : {}) },
    });
  };

  return (
    <Stack gap="lg">
      <SentRequests application={application} />
      <form onSubmit={submit} noValidate aria-labelledby="change-form-title">
        <Stack gap="md">
          <Title order={3} size="h5" id="change-form-title">
            {t('portal.change.formTitle')}
          </Title>
          <Text size="sm">{t('portal.change.intro')}</Text>
          <FormAlert message={nothingChanged ? t('portal.change.nothingChanged') : errors.formError} />
          <ContactFields value={contact} onChange={setContact} errorOf={(field) => errors.errorOf(`contact.${field}`)} idPrefix="change-contact" />
          <ProfileFields
            value={profile}
            onChange={setProfile}
            errorOf={(field) => errors.errorOf(`profile.${field}`)}
            communes={communes.communes}
            onCommuneSearch={communes.onSearch}
            communesLoading={communes.loading}
            idPrefix="change-profile"
          />
          <Textarea
            label={t('portal.change.message')}
            description={t('portal.change.messageHelp')}
            required
            autosize
            minRows={3}
            value={message}
            onChange={(event) => setMessage(event.currentTarget.value)}
            error={errors.errorOf('message')}
          />
          <Group>
            <Button type="submit" loading={send.isPending}>
              {t('portal.change.send')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
