import { useId, type ReactNode } from 'react';
import { Paper, Title } from '@mantine/core';

/** A titled block of a page (a form, a table), named for assistive technologies by its heading. */
export function FormSection({ title, children, level = 2 }: { title: string; children: ReactNode; level?: 2 | 3 }) {
  const id = useId();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id}>
      <Title order={level} size={level === 2 ? 'h4' : 'h5'} id={id} mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}
