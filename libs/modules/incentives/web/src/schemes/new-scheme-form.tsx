import { useState, type FormEvent } from 'react';
import { Button, Group, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { z } from 'zod';
import { SCHEME_KINDS, STATUSES, schemeContentInput, type SchemeContentInput, type SchemeKind } from '@ancrage/incentives-domain';
import { FormAlert, MoneyInput, useFieldErrors, useNotify, useTenant, useTRPC } from '@ancrage/ui';
import { FormSection } from '../admin-common/form-section';
import { adminPaths } from '../admin-common/paths';
import { slugOf } from './slug';

/** Same rule as the API's; checked here first so that the message sits under the field. */
const slugInput = z
  .string()
  .trim()
  .min(3, 'incentives:admin.schemes.new.slugFormat')
  .max(60, 'incentives:admin.schemes.new.slugFormat')
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'incentives:admin.schemes.new.slugFormat');

const newSchemeInput = z.object({ slug: slugInput, content: schemeContentInput });

/**
 * A draft to configure: its address, name, kind and amount. Every audience
 * is ticked until the editor narrows it; nothing reaches the portal before publication.
 */
function draftContent(name: string, kind: SchemeKind, amountCents: number): SchemeContentInput {
  return {
    name: { fr: name, en: '' },
    summary: { fr: '', en: '' },
    description: { fr: '', en: '' },
    kind,
    audiences: [...STATUSES],
    amount: { mode: 'one-off', amountCents },
  };
}

/** "New scheme": creates the draft, then opens it in the editor. */
export function NewSchemeForm() {
  const { t } = useTranslation('incentives');
  const trpc = useTRPC();
  const tenant = useTenant();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const errors = useFieldErrors();
  const [name, setName] = useState('');
  const [slug, setSlug] = useState('');
  const [slugEdited, setSlugEdited] = useState(false);
  const [kind, setKind] = useState<SchemeKind>('installation-aid');
  const [amountCents, setAmountCents] = useState<number | null>(null);
  const create = useMutation(
    trpc.incentives.createScheme.mutationOptions({
      onSuccess: async ({ id }) => {
        notify.success(t('admin.schemes.new.created'));
        await queryClient.invalidateQueries({ queryKey: trpc.incentives.schemes.queryKey() });
        await navigate(adminPaths.scheme(tenant.slug, id));
      },
      onError: errors.showApiError,
    }),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = errors.validate(newSchemeInput, { slug, content: draftContent(name, kind, amountCents ?? 0) });
    if (input) create.mutate(input);
  };
  return (
    <FormSection title={t('admin.schemes.new.title')}>
      <FormAlert message={errors.formError} />
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('admin.schemes.new.name')}
              value={name}
              onChange={(event) => {
                const next = event.currentTarget.value;
                setName(next);
                if (!slugEdited) setSlug(slugOf(next));
              }}
              error={errors.errorOf('content.name.fr')}
              required
              maxLength={160}
            />
            <TextInput
              label={t('admin.schemes.new.slug')}
              description={t('admin.schemes.new.slugHelp')}
              value={slug}
              onChange={(event) => {
                setSlug(event.currentTarget.value);
                setSlugEdited(true);
              }}
              error={errors.errorOf('slug')}
              required
              maxLength={60}
            />
            <NativeSelect label={t('admin.schemes.new.kind')} value={kind} onChange={(event) => setKind(event.currentTarget.value as SchemeKind)} data={SCHEME_KINDS.map((value) => ({ value, label: t(`kinds.${value}`) }))} />
            <MoneyInput label={t('admin.schemes.new.amount')} description={t('admin.schemes.new.amountHelp')} value={amountCents} onChange={setAmountCents} error={errors.errorOf('content.amount.amountCents')} required />
          </SimpleGrid>
          <Group>
            <Button type="submit" loading={create.isPending}>
              {t('admin.schemes.new.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </FormSection>
  );
}
