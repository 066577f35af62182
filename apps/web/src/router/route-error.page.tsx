import { Container } from '@mantine/core';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { MAIN_CONTENT_ID, NotFoundMessage, SkipLink, UnexpectedErrorMessage, useOptionalTenant } from '@ancrage/ui';
import { ThemeRoot } from '../theme/theme-root';

function ErrorContent() {
  const error = useRouteError();
  const tenant = useOptionalTenant();
  const home = tenant ? `/t/${tenant.slug}` : '/';
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundMessage homeHref={home} />;
  return <UnexpectedErrorMessage homeHref={home} />;
}

/** Last resort when the page itself failed: stands alone, with Ancrage's theme. */
export function RootErrorPage() {
  return (
    <ThemeRoot>
      <SkipLink />
      <Container component="main" id={MAIN_CONTENT_ID} tabIndex={-1} size="lg" py="xl">
        <ErrorContent />
      </Container>
    </ThemeRoot>
  );
}

/** A page failed inside a layout: the header and navigation stay usable. */
export function InlineErrorPage() {
  return <ErrorContent />;
}
