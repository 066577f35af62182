import { Badge, Card, Divider, Group, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorMessage, apiFieldErrors, FormAlert, LabelledSwitch, SettingsForm, useNotify, useTRPC, type RouterOutputs } from '@ancrage/ui';

type ModuleRow = RouterOutputs['admin']['modules']['list'][number];

/** One module: enable or disable it, and edit its settings (form generated from its schema). */
export function ModuleCard({ module }: { module: ModuleRow }) {
  const { t } = useTranslation('common');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const [toggleError, setToggleError] = useState<string | null>(null);
  const title = t(`${module.id}:title`);
  // Navigation, permissions and module answers all change: refresh everything.
  const refresh = () => queryClient.invalidateQueries();

  const setEnabled = useMutation(
    trpc.admin.modules.setEnabled.mutationOptions({
      onMutate: () => setToggleError(null),
      onSuccess: async (_data, input) => {
        notify.success(t(input.enabled ? 'admin.modules.enabled' : 'admin.modules.disabled', { module: title }));
        await refresh();
      },
      onError: (error) => setToggleError(apiErrorMessage(error, t('errors.unexpected'))),
    }),
  );
  const updateSettings = useMutation(
    trpc.admin.modules.updateSettings.mutationOptions({
      onSuccess: async () => {
        notify.success(t('admin.modules.settingsSaved', { module: title }));
        await refresh();
      },
      onError: notify.failure,
    }),
  );

  const settings = (module.settings ?? {}) as Record<string, unknown>;
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby={`module-${module.id}`}>
      <Stack gap="md">
        <Group justify="space-between" wrap="wrap">
          <Title order={2} size="h3" id={`module-${module.id}`}>
            {title}
          </Title>
          <Badge variant="outline" color="gray.7">
            {t('admin.modules.version', { version: module.version })}
          </Badge>
        </Group>
        {module.dependsOn.length > 0 ? (
          <Text size="sm">{t('admin.modules.dependsOn', { modules: module.dependsOn.map((id) => t(`${id}:title`)).join(', ') })}</Text>
        ) : null}
        <LabelledSwitch
          label={title}
          description={module.enabled ? t('admin.modules.isEnabled') : t('admin.modules.isDisabled')}
          checked={module.enabled}
          disabled={setEnabled.isPending}
          onChange={(enabled) => setEnabled.mutate({ moduleId: module.id, enabled })}
        />
        <FormAlert message={toggleError} />
        {module.enabled ? (
          <>
            <Divider />
            <Title order={3} size="h4">
              {t('admin.modules.settingsTitle')}
            </Title>
            <SettingsForm
              key={JSON.stringify(settings)}
              moduleId={module.id}
              schema={module.settingsSchema}
              settings={settings}
              label={t('admin.modules.settingsLabel', { module: title })}
              submitting={updateSettings.isPending}
              serverErrors={apiFieldErrors(updateSettings.error)}
              onSubmit={(values) => updateSettings.mutate({ moduleId: module.id, settings: values })}
            />
          </>
        ) : null}
      </Stack>
    </Card>
  );
}
