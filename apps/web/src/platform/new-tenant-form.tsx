import { useState, type FormEvent } from 'react';
import { Button, Checkbox, Fieldset, Group, NativeSelect, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { FormAlert, useFieldErrors, useNotify, useTRPC } from '@ancrage/ui';
import { webModules } from '../modules';
import { ColorField } from './color-field';
import { useDepartementLookup } from './departement-lookup.hook';
import { newTenantSchema, slugFrom, toNewTenantInput, type NewTenantValues } from './new-tenant.schema';

const moduleIds = Object.values(webModules).map((module) => module.manifest.id);

const initial: NewTenantValues = {
  slug: '',
  name: '',
  departementCode: '',
  defaultLocale: 'fr',
  primaryColor: '',
  accentColor: '',
  logoUrl: '',
  taglineFr: '',
  taglineEn: '',
  introFr: '',
  introEn: '',
  modules: moduleIds,
};

/** Everything a new département needs: identity, INSEE code, language, colours, texts, modules. */
export function NewTenantForm() {
  const { t } = useTranslation('common');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const notify = useNotify();
  const errors = useFieldErrors();
  const [values, setValues] = useState(initial);
  const [slugEdited, setSlugEdited] = useState(false);
  const lookup = useDepartementLookup(values.departementCode);
  const create = useMutation(trpc.platform.tenants.create.mutationOptions());

  const set = <K extends keyof NewTenantValues>(key: K, value: NewTenantValues[K]) => setValues((previous) => ({ ...previous, [key]: value }));
  const text = (key: keyof NewTenantValues) => (event: { currentTarget: { value: string } }) => set(key, event.currentTarget.value as never);

  const codeDescription = !lookup.valid
    ? t('platform.newTenant.codeHelp')
    : lookup.isLoading
      ? t('loading')
      : lookup.departement
        ? t('platform.newTenant.codeFound', { name: lookup.departement.name, region: lookup.departement.regionName })
        : t('platform.newTenant.codeUnknown');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = errors.validate(newTenantSchema, toNewTenantInput(values));
    if (!input) return;
    try {
      const created = await create.mutateAsync(input);
      notify.success(t('platform.newTenant.created', { name: input.name }));
      await queryClient.invalidateQueries({ queryKey: trpc.platform.tenants.list.queryKey() });
      await navigate(`/t/${created.slug}/admin`);
    } catch (error) {
      errors.showApiError(error);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label={t('platform.newTenant.title')}>
      <Stack gap="lg">
        <FormAlert message={errors.formError} />
        <Fieldset legend={t('platform.newTenant.identity')}>
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <TextInput
              label={t('platform.newTenant.name')}
              placeholder={t('platform.newTenant.namePlaceholder')}
              required
              value={values.name}
              onChange={(event) => {
                const name = event.currentTarget.value;
                setValues((previous) => ({ ...previous, name, slug: slugEdited ? previous.slug : slugFrom(name) }));
              }}
              error={errors.errorOf('name')}
            />
            <TextInput
              label={t('platform.newTenant.slug')}
              description={t('platform.newTenant.slugHelp', { slug: values.slug || '…' })}
              required
              value={values.slug}
              onChange={(event) => {
                setSlugEdited(true);
                set('slug', event.currentTarget.value);
              }}
              error={errors.errorOf('slug')}
            />
            <TextInput
              label={t('platform.newTenant.code')}
              description={<span aria-live="polite">{codeDescription}</span>}
              required
              maxLength={3}
              value={values.departementCode}
              onChange={text('departementCode')}
              error={errors.errorOf('departementCode')}
            />
            <NativeSelect
              label={t('platform.newTenant.defaultLocale')}
              data={[
                { value: 'fr', label: t('languageName', { lng: 'fr' }) },
                { value: 'en', label: t('languageName', { lng: 'en' }) },
              ]}
              value={values.defaultLocale}
              onChange={(event) => set('defaultLocale', event.currentTarget.value === 'en' ? 'en' : 'fr')}
            />
          </SimpleGrid>
        </Fieldset>

        <Fieldset legend={t('platform.newTenant.branding')}>
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <ColorField label={t('platform.newTenant.primaryColor')} value={values.primaryColor} onChange={(v) => set('primaryColor', v)} error={errors.errorOf('branding.primaryColor')} />
            <ColorField label={t('platform.newTenant.accentColor')} value={values.accentColor} onChange={(v) => set('accentColor', v)} error={errors.errorOf('branding.accentColor')} />
            <TextInput label={t('platform.newTenant.logoUrl')} type="url" value={values.logoUrl} onChange={text('logoUrl')} error={errors.errorOf('branding.logoUrl')} />
          </SimpleGrid>
        </Fieldset>

        <Fieldset legend={t('platform.newTenant.texts')}>
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <TextInput label={t('platform.newTenant.taglineFr')} lang="fr" value={values.taglineFr} onChange={text('taglineFr')} error={errors.errorOf('branding.tagline.fr')} />
            <TextInput label={t('platform.newTenant.taglineEn')} lang="en" value={values.taglineEn} onChange={text('taglineEn')} error={errors.errorOf('branding.tagline.en')} />
            <Textarea label={t('platform.newTenant.introFr')} lang="fr" autosize minRows={3} value={values.introFr} onChange={text('introFr')} error={errors.errorOf('branding.portalIntro.fr')} />
            <Textarea label={t('platform.newTenant.introEn')} lang="en" autosize minRows={3} value={values.introEn} onChange={text('introEn')} error={errors.errorOf('branding.portalIntro.en')} />
          </SimpleGrid>
        </Fieldset>

        <Checkbox.Group label={t('platform.newTenant.modules')} description={t('platform.newTenant.modulesHelp')} value={values.modules} onChange={(modules) => set('modules', modules)} error={errors.errorOf('modules')}>
          <Stack gap="xs" mt="xs">
            {moduleIds.map((id) => (
              <Checkbox key={id} value={id} label={t(`${id}:title`)} />
            ))}
          </Stack>
        </Checkbox.Group>

        <Group>
          <Button type="submit" loading={create.isPending}>
            {t('platform.newTenant.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
