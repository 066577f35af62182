import '@mantine/charts/styles.css';
import { LineChart } from '@mantine/charts';

interface HistoryChartProps {
  /** One point per date, `date` already formatted, one key per series. */
  data: readonly Record<string, string | number>[];
  series: readonly { name: string; label: string; color: string }[];
  valueFormatter: (value: number) => string;
  /** Names the drawing; the same figures are always given in a table beside it. */
  label: string;
}

/** Figures across snapshots as lines; decorative for assistive technologies, which read the table given with it. */
export function HistoryChart({ data, series, valueFormatter, label }: HistoryChartProps) {
  return (
    <figure aria-label={label} style={{ margin: 0 }}>
      <div aria-hidden="true">
        <LineChart
          h={260}
          data={[...data]}
          dataKey="date"
          series={[...series]}
          valueFormatter={valueFormatter}
          curveType="linear"
          withLegend={series.length > 1}
          withDots
          // The drawing takes no keyboard focus: its figures are read in the table.
          lineChartProps={{ accessibilityLayer: false }}
        />
      </div>
    </figure>
  );
}
