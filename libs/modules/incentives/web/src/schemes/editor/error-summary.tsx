import { List } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The tab where a content field lives, so that errors in hidden tabs can be found. */
const TAB_OF: Record<string, string> = {
  name: 'presentation',
  summary: 'presentation',
  description: 'presentation',
  kind: 'presentation',
  funders: 'presentation',
  instructingPartner: 'presentation',
  nationalBase: 'presentation',
  audiences: 'presentation',
  amount: 'money',
  commitment: 'money',
  incompatibleWith: 'money',
  yearlyEnvelopeCents: 'money',
  maxBeneficiariesPerYear: 'money',
  eligibility: 'eligibility',
  testCases: 'tests',
  calendar: 'process',
  selection: 'process',
  requiredDocuments: 'process',
};

/** Each invalid field's message, with the tab to open to correct it. */
export function ErrorSummary({ errors }: { errors: Record<string, string[]> }) {
  const { t } = useTranslation('incentives');
  const entries = Object.entries(errors);
  if (entries.length === 0) return null;
  return (
    <List spacing={2} aria-label={t('admin.editor.errorsLabel')}>
      {entries.map(([path, messages]) => {
        const tab = TAB_OF[path.split('.')[0] ?? ''] ?? 'presentation';
        return (
          <List.Item key={path}>
            {t('admin.editor.errorIn', { tab: t(`admin.editor.tabs.${tab}`), message: messages.join(' ') })}
          </List.Item>
        );
      })}
    </List>
  );
}
