import { memo } from 'react';

interface CommuneShapeProps {
  id: string;
  code: string;
  path: string;
  fill: string;
  /** Name and value, as read by screen readers. */
  label: string;
  selected: boolean;
}

/** One commune of the map, an option of its listbox; memoised so that hovering redraws only what changes. */
export const CommuneShape = memo(function CommuneShape({ id, code, path, fill, label, selected }: CommuneShapeProps) {
  return (
    <path
      id={id}
      role="option"
      aria-label={label}
      aria-selected={selected}
      data-code={code}
      d={path}
      fill={fill}
      stroke="#ffffff"
      strokeWidth={0.5}
      vectorEffect="non-scaling-stroke"
      style={{ cursor: 'pointer' }}
    />
  );
});
