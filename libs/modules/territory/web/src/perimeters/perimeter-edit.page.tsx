import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import type { PerimeterKind } from '@ancrage/territory-domain';
import { PageHeader, QueryState, useFieldErrors, useNotify, useTenant, useTRPC } from '@ancrage/ui';
import { perimeterPaths } from './perimeter-paths';
import { PerimeterForm, type PerimeterFormValues } from './perimeter-form';

const blank: PerimeterFormValues = { name: '', kind: 'cpts', description: '', communes: [] };

/** /t/:tenant/admin/territory/perimeters/new and …/perimeters/:id */
export function PerimeterEditPage() {
  const { t } = useTranslation('territory');
  const { id } = useParams();
  const trpc = useTRPC();
  const tenant = useTenant();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const notify = useNotify();
  const errors = useFieldErrors();
  const existing = useQuery({ ...trpc.territory.perimeter.queryOptions({ id: id ?? '' }), enabled: id !== undefined });

  const done = async () => {
    notify.success(t('perimeters.saved'));
    await queryClient.invalidateQueries({ queryKey: trpc.territory.perimeters.queryKey() });
    await queryClient.invalidateQueries({ queryKey: trpc.territory.perimeter.queryKey() });
    await navigate(perimeterPaths.list(tenant.slug));
  };
  const create = useMutation(trpc.territory.createPerimeter.mutationOptions({ onSuccess: done, onError: errors.showApiError }));
  const update = useMutation(trpc.territory.updatePerimeter.mutationOptions({ onSuccess: done, onError: errors.showApiError }));

  const form = (initial: PerimeterFormValues) => (
    <PerimeterForm
      initial={initial}
      errors={errors}
      submitting={create.isPending || update.isPending}
      cancelHref={perimeterPaths.list(tenant.slug)}
      onSubmit={(input) => (id ? update.mutate({ ...input, id }) : create.mutate(input))}
    />
  );

  if (!id) {
    return (
      <>
        <PageHeader title={t('perimeters.new')} />
        {form(blank)}
      </>
    );
  }
  return (
    <>
      <PageHeader title={existing.data ? t('perimeters.editNamed', { name: existing.data.name }) : t('perimeters.edit')} />
      <QueryState query={existing}>
        {(perimeter) =>
          form({
            name: perimeter.name,
            kind: perimeter.kind as PerimeterKind,
            description: perimeter.description,
            communes: perimeter.communes.map(({ code, name, population }) => ({ code, name, population })),
          })
        }
      </QueryState>
    </>
  );
}
