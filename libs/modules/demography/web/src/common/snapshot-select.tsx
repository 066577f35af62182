import { NativeSelect } from '@mantine/core';
import { useDemographyFormat } from './demography-format.hook';

interface SnapshotSelectProps {
  label: string;
  snapshots: readonly { id: string; extractedOn: string }[];
  value: string | undefined;
  onChange: (snapshotId: string) => void;
}

/** One of the ready snapshots, named by its extraction date (newest first). */
export function SnapshotSelect({ label, snapshots, value, onChange }: SnapshotSelectProps) {
  const format = useDemographyFormat();
  return (
    <NativeSelect
      label={label}
      value={value ?? ''}
      onChange={(event) => onChange(event.currentTarget.value)}
      data={snapshots.map((snapshot) => ({ value: snapshot.id, label: format.longDate(snapshot.extractedOn) }))}
      disabled={snapshots.length === 0}
    />
  );
}
