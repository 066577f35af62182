import type { ReactNode } from 'react';
import { Stack } from '@mantine/core';
import { ChoroplethMap, type ChoroplethClass, type CommuneFeatureCollection, type ContextFeatureCollection } from '@ancrage/ui';
import { ContoursAttribution, FictitiousBadge } from './snapshot-source';

interface CommuneMapProps {
  title: string;
  features: CommuneFeatureCollection;
  context?: ContextFeatureCollection | undefined;
  values: ReadonlyMap<string, number | null>;
  classes: readonly ChoroplethClass[];
  format: (value: number) => string;
  legendTitle: string;
  /** "RPPS (ANS), extraction du …". */
  source: string;
  fictitious: boolean;
  onSelect?: ((code: string) => void) | undefined;
  emptyMessage: ReactNode;
}

/** A commune choropleth with its source, the demo badge when the data is fictitious and the contours' licence. */
export function CommuneMap({ fictitious, features, context, onSelect, ...map }: CommuneMapProps) {
  const drawn = features.features.length > 0;
  return (
    <Stack gap="xs">
      <ChoroplethMap {...map} features={features} context={context} onSelect={onSelect} />
      {drawn && fictitious ? <FictitiousBadge /> : null}
      {drawn ? <ContoursAttribution /> : null}
    </Stack>
  );
}
