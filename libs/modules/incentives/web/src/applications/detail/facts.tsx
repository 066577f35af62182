import type { ReactNode } from 'react';
import { SimpleGrid, Text } from '@mantine/core';

/** Label/value pairs as a description list (read in pairs by assistive technologies). */
export function Facts({ items }: { items: readonly { key: string; label: string; value: ReactNode }[] }) {
  return (
    <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="xs" verticalSpacing={4} m={0}>
      {items.map((item) => (
        <div key={item.key}>
          <Text component="dt" size="sm" fw={600}>
            {item.label}
          </Text>
          <Text component="dd" m={0}>
            {item.value}
          </Text>
        </div>
      ))}
    </SimpleGrid>
  );
}
