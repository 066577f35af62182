import { useState, type ReactNode } from 'react';
import { Button, Group, Modal, Text, type ButtonProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface ConfirmButtonProps extends Omit<ButtonProps, 'onClick' | 'children'> {
  /** Text of the button that opens the confirmation. */
  children: ReactNode;
  /** Accessible name when the visible text is not enough ("Supprimer Camille"). */
  'aria-label'?: string;
  title: string;
  message: ReactNode;
  confirmLabel: string;
  onConfirm: () => Promise<unknown> | void;
}

/** A destructive action that asks first, in a labelled dialog. */
export function ConfirmButton({ children, title, message, confirmLabel, onConfirm, 'aria-label': ariaLabel, ...buttonProps }: ConfirmButtonProps) {
  const { t } = useTranslation('common');
  const [opened, setOpened] = useState(false);
  const [busy, setBusy] = useState(false);

  const confirm = async () => {
    setBusy(true);
    try {
      await onConfirm();
      setOpened(false);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button color="red.9" variant="outline" {...buttonProps} aria-label={ariaLabel} onClick={() => setOpened(true)}>
        {children}
      </Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title={title} closeButtonProps={{ 'aria-label': t('actions.close') }} centered>
        <Text mb="lg">{message}</Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={() => setOpened(false)}>
            {t('actions.cancel')}
          </Button>
          <Button color="red.9" loading={busy} onClick={() => void confirm()}>
            {confirmLabel}
          </Button>
        </Group>
      </Modal>
    </>
  );
}
