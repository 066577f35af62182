import { useState, type FormEvent } from 'react';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { FormAlert, MoneyInput, useFieldErrors, useNotify, useTRPC } from '@ancrage/ui';

interface EnvelopeFormProps {
  schemeId: string;
  schemeName: string;
  year: number;
  /** The envelope the year has now (null: none). */
  envelopeCents: number | null;
  /** Whether that envelope was set for this year (else it is the scheme's yearly one). */
  setForYear: boolean;
}

/** Sets a scheme's envelope for one year, in a labelled dialog; removing it brings back the scheme's yearly envelope. */
export function EnvelopeButton({ schemeId, schemeName, year, envelopeCents, setForYear }: EnvelopeFormProps) {
  const { t } = useTranslation('incentives');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const errors = useFieldErrors();
  const [opened, setOpened] = useState(false);
  const [cents, setCents] = useState<number | null>(envelopeCents);
  const [missing, setMissing] = useState(false);
  const save = useMutation(
    trpc.incentives.setEnvelope.mutationOptions({
      onSuccess: async () => {
        setOpened(false);
        notify.success(t('admin.budget.envelopeSaved', { name: schemeName, year }));
        await queryClient.invalidateQueries({ queryKey: trpc.incentives.budget.queryKey() });
      },
      onError: errors.showApiError,
    }),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setMissing(cents === null);
    if (cents === null) return;
    save.mutate({ schemeId, year, envelopeCents: cents });
  };
  const open = () => {
    setCents(envelopeCents);
    setMissing(false);
    errors.clear();
    setOpened(true);
  };
  return (
    <>
      <Button variant="subtle" size="compact-sm" onClick={open} aria-label={t('admin.budget.editEnvelopeOf', { name: schemeName })}>
        {t('admin.budget.editEnvelope')}
      </Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title={t('admin.budget.envelopeTitle', { name: schemeName, year })} closeButtonProps={{ 'aria-label': t('admin.budget.close') }} centered>
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            <FormAlert message={errors.formError} />
            <MoneyInput label={t('admin.budget.envelopeFor', { year })} value={cents} onChange={setCents} error={missing ? t('admin.budget.envelopeRequired') : errors.errorOf('envelopeCents')} required />
            {setForYear ? <Text size="sm">{t('admin.budget.removeHelp')}</Text> : null}
            <Group justify="flex-end" gap="sm">
              {setForYear ? (
                <Button variant="default" color="red.9" loading={save.isPending && save.variables?.envelopeCents === null} onClick={() => save.mutate({ schemeId, year, envelopeCents: null })}>
                  {t('admin.budget.removeEnvelope')}
                </Button>
              ) : null}
              <Button type="submit" loading={save.isPending && save.variables?.envelopeCents !== null}>
                {t('admin.budget.saveEnvelope')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
