import type { ReactNode } from 'react';
import { Fieldset } from '@mantine/core';
import type { EventFormValues } from './event-form-values';

/** What each part of the event form receives. */
export interface SectionProps {
  values: EventFormValues;
  change: (patch: Partial<EventFormValues>) => void;
  errorOf: (path: string) => string | undefined;
}

export function FormSection({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <Fieldset legend={legend} radius="md" styles={{ legend: { fontWeight: 700 } }}>
      {children}
    </Fieldset>
  );
}
