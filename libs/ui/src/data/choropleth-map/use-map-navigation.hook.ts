import { useMemo, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { compareValues } from '../explorer-table/compare-values';
import { nearestInDirection, type Direction } from './nearest-in-direction';
import type { ProjectedCommune } from './project-communes';

const arrowDirections: Partial<Record<string, Direction>> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };

const codeUnder = (target: EventTarget): string | null => (target instanceof Element ? (target.closest('[data-code]')?.getAttribute('data-code') ?? null) : null);

/**
 * The map's one tab stop: which commune is active (keyboard), hovered (mouse)
 * or shown in the tooltip, and the handlers of the communes' group.
 * Arrows move by direction, Home/End by name, Enter/Space select, Escape hides the tooltip.
 */
export function useMapNavigation(communes: readonly ProjectedCommune[], selectedCode: string | null | undefined, onSelect: ((code: string) => void) | undefined) {
  const [activeCode, setActiveCode] = useState<string | null>(null);
  const [hoveredCode, setHoveredCode] = useState<string | null>(null);
  const [focused, setFocused] = useState(false);
  const [tooltipHidden, setTooltipHidden] = useState(false);
  const indexByCode = useMemo(() => new Map(communes.map((commune, index) => [commune.code, index])), [communes]);
  const centroids = useMemo(() => communes.map((commune) => commune.centroid), [communes]);
  const byName = useMemo(() => [...communes].sort((a, b) => compareValues(a.name, b.name)), [communes]);

  // The active commune may have left with new features.
  const active = activeCode !== null && indexByCode.has(activeCode) ? activeCode : null;

  const moveTo = (code: string | undefined) => {
    if (code === undefined) return;
    setActiveCode(code);
    setHoveredCode(null);
    setTooltipHidden(false);
  };

  const select = (code: string) => {
    moveTo(code);
    onSelect?.(code);
  };

  const codeAfterKey = (key: string): string | undefined => {
    if (key === 'Home') return byName[0]?.code;
    if (key === 'End') return byName.at(-1)?.code;
    const direction = arrowDirections[key];
    if (!direction) return undefined;
    const from = active === null ? undefined : indexByCode.get(active);
    if (from === undefined) return byName[0]?.code;
    const next = nearestInDirection(centroids, from, direction);
    return next === undefined ? undefined : communes[next]?.code;
  };

  const handlers = {
    onFocus: () => {
      setFocused(true);
      if (active === null) moveTo(selectedCode && indexByCode.has(selectedCode) ? selectedCode : byName[0]?.code);
    },
    onBlur: () => setFocused(false),
    onKeyDown: (event: KeyboardEvent) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        if (active !== null) select(active);
      } else if (event.key === 'Escape') {
        setTooltipHidden(true);
      } else if (event.key === 'Home' || event.key === 'End' || arrowDirections[event.key]) {
        event.preventDefault();
        moveTo(codeAfterKey(event.key));
      }
    },
    onMouseOver: (event: MouseEvent) => {
      setHoveredCode(codeUnder(event.target));
      setTooltipHidden(false);
    },
    onMouseLeave: () => setHoveredCode(null),
    onClick: (event: MouseEvent) => {
      const code = codeUnder(event.target);
      if (code !== null) select(code);
    },
  };

  const shownCode = tooltipHidden ? null : (hoveredCode ?? (focused ? active : null));
  return { activeCode: active, focused, shownCode, handlers };
}
