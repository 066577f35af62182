import { useId, type ReactNode } from 'react';
import { Group, Paper, Title } from '@mantine/core';

/** A titled block of a page (a form, a table), named for assistive technologies by its heading. */
export function FormSection({ title, children, level = 2, actions }: { title: string; children: ReactNode; level?: 2 | 3; actions?: ReactNode }) {
  const id = useId();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id}>
      <Group justify="space-between" align="flex-start" mb="sm" gap="sm">
        <Title order={level} size={level === 2 ? 'h4' : 'h5'} id={id}>
          {title}
        </Title>
        {actions}
      </Group>
      {children}
    </Paper>
  );
}
