import { Anchor, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCan, useTenant, useTRPC } from '@ancrage/ui';
import { demographyPaths, IMPORT_PERMISSION } from '../demography-paths';
import { useDemographyFormat } from './demography-format.hook';

/** Why there is no map, and where to import the contours for those who may (phrasing content: the map shows it in a paragraph). */
export function MissingContours() {
  const { t } = useTranslation('demography');
  const trpc = useTRPC();
  const tenant = useTenant();
  const format = useDemographyFormat();
  const canImport = useCan(IMPORT_PERMISSION);
  const status = useQuery(trpc.demography.geometryStatus.queryOptions());
  return (
    <>
      <Text component="span" display="block" fw={600}>
        {t('map.noContours')}
      </Text>
      {status.data ? (
        <Text component="span" display="block" size="sm">
          {t('map.contoursStatus', { placed: format.count(status.data.homePlaced), total: format.count(status.data.homeCommunes) })}
        </Text>
      ) : null}
      {canImport ? (
        <Anchor component={Link} to={demographyPaths.imports(tenant.slug)} display="block">
          {t('map.importContours')}
        </Anchor>
      ) : (
        <Text component="span" display="block" size="sm">
          {t('map.askImporter')}
        </Text>
      )}
    </>
  );
}
