import { useQuery } from '@tanstack/react-query';
import { useDebouncedValue } from '@mantine/hooks';
import { useTRPC } from '@ancrage/ui';

const CODE = /^(\d{2}|2A|2B|\d{3})$/;

/** The INSEE département a code designates (name, region), looked up as the user types. */
export function useDepartementLookup(code: string) {
  const trpc = useTRPC();
  const [debounced] = useDebouncedValue(code.trim().toUpperCase(), 250);
  const valid = CODE.test(debounced);
  const query = useQuery({ ...trpc.platform.tenants.departement.queryOptions({ code: debounced }), enabled: valid });
  return { valid, departement: valid ? query.data : undefined, isLoading: valid && query.isPending };
}
