import type { ReactNode } from 'react';
import { Paper, Text } from '@mantine/core';

/** A key figure: the value large, its meaning underneath (read in that order). */
export function StatCard({ label, value }: { label: ReactNode; value: ReactNode }) {
  return (
    <Paper withBorder p="md" radius="md">
      <Text fz={28} fw={700} lh={1.2}>
        {value}
      </Text>
      <Text>{label}</Text>
    </Paper>
  );
}
