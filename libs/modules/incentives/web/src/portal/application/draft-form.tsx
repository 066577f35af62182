import { useState, type FormEvent } from 'react';
import { Button, Group, Stack } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { FormAlert, useFieldErrors, useNotify, useTRPC } from '@ancrage/ui';
import { ProfileFields } from '../../common/profile-fields';
import { draftFromProfile, profileFromDraft, type ProfileDraft } from '../../common/profile-draft';
import { ContactFields } from '../contact-fields';
import { applicationForm, contactFromSaved, type ContactDraft } from '../contact-form';
import { usePortalCommunes } from '../use-portal-communes.hook';
import type { MyApplication } from './my-application-types';
import { useRefreshApplication } from './use-refresh-application.hook';

/** The draft's answers, editable until it is submitted; saved with the version read (a stale page gets a clear conflict). */
export function DraftForm({ application }: { application: MyApplication }) {
  const { t } = useTranslation('incentives');
  const trpc = useTRPC();
  const notify = useNotify();
  const errors = useFieldErrors();
  const refresh = useRefreshApplication();
  const [contact, setContact] = useState<ContactDraft>(() => contactFromSaved(application.contact));
  const [profile, setProfile] = useState<ProfileDraft>(() => draftFromProfile(application.profile));
  const communes = usePortalCommunes(profile.practiceCommune);
  const save = useMutation(
    trpc.incentives.updateMyApplication.mutationOptions({
      onSuccess: async () => {
        errors.clear();
        notify.success(t('portal.application.saved'));
        await refresh();
      },
      onError: errors.showApiError,
    }),
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = errors.validate(applicationForm, { contact, profile: profileFromDraft(profile) });
    if (!input) return;
    save.mutate({ id: application.id, rowVersion: application.rowVersion, ...input });
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="answers-title">
      <Stack gap="md">
        <FormAlert message={errors.formError} />
        <ContactFields value={contact} onChange={setContact} errorOf={(field) => errors.errorOf(`contact.${field}`)} idPrefix="draft-contact" />
        <ProfileFields
          value={profile}
          onChange={setProfile}
          errorOf={(field) => errors.errorOf(`profile.${field}`)}
          communes={communes.communes}
          onCommuneSearch={communes.onSearch}
          communesLoading={communes.loading}
          idPrefix="draft-profile"
        />
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('portal.application.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
