import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useTenant } from '@ancrage/ui';
import { portalPaths } from './portal-paths';

/** Pages of a candidate's own space, for anonymous visitors: sign in (and come back here) or create an account. */
export function SignInNeeded({ text }: { text?: string }) {
  const { t } = useTranslation('incentives');
  const tenant = useTenant();
  const location = useLocation();
  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} maw={640} component="section" aria-labelledby="sign-in-title">
      <Stack gap="sm" align="flex-start">
        <Title order={2} size="h3" id="sign-in-title">
          {t('portal.signIn.title')}
        </Title>
        <Text>{text ?? t('portal.signIn.text')}</Text>
        <Group gap="sm">
          <Button component={Link} to={portalPaths.login(tenant.slug, `${location.pathname}${location.search}`)}>
            {t('portal.signIn.signIn')}
          </Button>
          <Button component={Link} to={portalPaths.signup(tenant.slug)} variant="default">
            {t('portal.signIn.createAccount')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
