import type { ReactNode } from 'react';
import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';

interface StatusMessageProps {
  /** Shown above the heading, e.g. "Erreur 404". */
  eyebrow: string;
  title: string;
  message: ReactNode;
  homeHref: string;
  homeLabel: string;
  /** More ways out (sign in, try again). */
  extra?: ReactNode;
}

/** The body of a 404 / 403 / error page: what happened and where to go next. */
export function StatusMessage({ eyebrow, title, message, homeHref, homeLabel, extra }: StatusMessageProps) {
  return (
    <Stack gap="md" maw={640} py="xl">
      <Text fw={700} tt="uppercase" size="sm">
        {eyebrow}
      </Text>
      <Title order={1}>{title}</Title>
      <Text size="lg">{message}</Text>
      <Group gap="sm">
        <Button component={Link} to={homeHref}>
          {homeLabel}
        </Button>
        {extra}
      </Group>
    </Stack>
  );
}
