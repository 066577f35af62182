/** Lines of the no-data hatching: 7:1 against white. */
const HATCH_COLOR = '#595959';
const SIZE = 6;

/** The hatching of areas without a value, for a `<defs>`; use it as `fill="url(#id)"`. */
export function NoDataPattern({ id }: { id: string }) {
  return (
    <pattern id={id} patternUnits="userSpaceOnUse" width={SIZE} height={SIZE} patternTransform="rotate(45)">
      <rect width={SIZE} height={SIZE} fill="#ffffff" />
      <line x1={1} y1={0} x2={1} y2={SIZE} stroke={HATCH_COLOR} strokeWidth={1.5} />
    </pattern>
  );
}
