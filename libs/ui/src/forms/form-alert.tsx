import { Alert, Text } from '@mantine/core';

/** A message about the whole form, announced as soon as it appears. */
export function FormAlert({ message, tone = 'error' }: { message: string | null; tone?: 'error' | 'success' }) {
  if (!message) return null;
  return (
    <Alert color={tone === 'error' ? 'red.9' : 'teal.9'} variant="outline" role={tone === 'error' ? 'alert' : 'status'} mb="md">
      <Text c={tone === 'error' ? 'red.9' : 'teal.9'} fw={500}>
        {message}
      </Text>
    </Alert>
  );
}
