import type { ReactNode } from 'react';
import { Paper, Stack } from '@mantine/core';
import { PageHeader } from '@ancrage/ui';

/** The narrow column of the sign-in pages. */
export function AuthCard({ title, description, children }: { title: string; description?: ReactNode; children: ReactNode }) {
  return (
    <Stack maw={480} mx="auto" gap={0}>
      <PageHeader title={title} description={description} />
      <Paper withBorder p="lg" radius="md">
        {children}
      </Paper>
    </Stack>
  );
}
