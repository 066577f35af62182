import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Prints the view as shown, without the navigation and the controls (see overview-print.css). */
export function PrintButton() {
  const { t } = useTranslation('demography');
  return (
    <Button variant="default" onClick={() => window.print()} data-demography-no-print>
      {t('overview.print')}
    </Button>
  );
}
