import { Code } from '@mantine/core';

/** A JSON value, indented, for audit diffs and exports. */
export function JsonView({ value, label }: { value: unknown; label: string }) {
  const text = value === null || value === undefined ? '—' : JSON.stringify(value, null, 2);
  return (
    <Code block role="region" aria-label={label} style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word', maxHeight: 320, overflow: 'auto' }} tabIndex={0}>
      {text}
    </Code>
  );
}
