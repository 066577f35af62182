import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PageHeader, QueryState, useTRPC } from '@ancrage/ui';
import { ModuleNav } from '../admin-common/module-nav';
import { SchemeEditor } from './editor/scheme-editor';

/** /t/:tenant/admin/incentives/schemes/:id — a scheme's configuration, rules and test cases. */
export function SchemeEditorPage() {
  const { t } = useTranslation('incentives');
  const { id = '' } = useParams();
  const trpc = useTRPC();
  // The editor holds its own copy: no silent refetch under the admin's hands.
  const scheme = useQuery({ ...trpc.incentives.scheme.queryOptions({ id }), refetchOnWindowFocus: false });
  const territory = useQuery(trpc.incentives.territoryChoices.queryOptions());
  const schemes = useQuery(trpc.incentives.schemes.queryOptions({}));
  // A new key restarts the editor on the version just loaded (after a conflict).
  const [loads, setLoads] = useState(0);
  const reload = async () => {
    await Promise.all([scheme.refetch(), schemes.refetch()]);
    setLoads((count) => count + 1);
  };
  if (scheme.data && territory.data && schemes.data) {
    return <SchemeEditor key={`${scheme.data.id}-${loads}`} scheme={scheme.data} territory={territory.data} allSchemes={schemes.data} onReload={() => void reload()} />;
  }
  const failed: { data: unknown; error: unknown; isPending: boolean; refetch: () => unknown } | undefined = [scheme, territory, schemes].find((query) => query.error);
  return (
    <>
      <PageHeader title={t('admin.editor.title')} />
      <ModuleNav />
      <QueryState<unknown> query={failed ?? { data: undefined, error: null, isPending: true, refetch: () => undefined }} loadingLabel={t('admin.editor.loading')}>
        {() => null}
      </QueryState>
    </>
  );
}
