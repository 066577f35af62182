import { Paper, Text } from '@mantine/core';
import type { ProjectedCommune } from './project-communes';

/** Outlines drawn over the map, out of the accessibility tree and of the pointer's way. */
export function MapHighlights({ selected, ringed }: { selected: ProjectedCommune | undefined; ringed: readonly ProjectedCommune[] }) {
  return (
    <g aria-hidden="true" pointerEvents="none">
      {selected ? (
        <>
          <path d={selected.path} fill="none" stroke="#ffffff" strokeWidth={4} vectorEffect="non-scaling-stroke" />
          <path d={selected.path} fill="none" stroke="#000000" strokeWidth={2} vectorEffect="non-scaling-stroke" />
        </>
      ) : null}
      {/* A black and yellow ring stands out on light and dark fills alike. */}
      {ringed.map((commune) => (
        <g key={commune.code}>
          <path d={commune.path} fill="none" stroke="#000000" strokeWidth={5} vectorEffect="non-scaling-stroke" />
          <path d={commune.path} fill="none" stroke="#ffd43b" strokeWidth={2.5} vectorEffect="non-scaling-stroke" />
        </g>
      ))}
    </g>
  );
}

interface MapTooltipProps {
  commune: ProjectedCommune;
  valueText: string;
  viewBox: readonly [number, number, number, number];
}

/**
 * The name and value of a commune, above its centre. Positioned in percentages of
 * the view, as the drawing keeps its proportions. Hidden from screen readers, which
 * hear the same text from the map's status region.
 */
export function MapTooltip({ commune, valueText, viewBox: [x, y, width, height] }: MapTooltipProps) {
  return (
    <Paper
      aria-hidden="true"
      shadow="sm"
      withBorder
      px="xs"
      py={4}
      style={{
        position: 'absolute',
        left: `${((commune.centroid[0] - x) / width) * 100}%`,
        top: `${((commune.centroid[1] - y) / height) * 100}%`,
        transform: 'translate(-50%, calc(-100% - 10px))',
        pointerEvents: 'none',
        whiteSpace: 'nowrap',
        zIndex: 1,
      }}
    >
      <Text size="sm" fw={600}>
        {commune.name}
      </Text>
      <Text size="sm">{valueText}</Text>
    </Paper>
  );
}
