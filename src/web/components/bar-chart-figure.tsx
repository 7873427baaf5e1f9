// A horizontal bar chart (recharts) with its text alternative: the chart itself is hidden from
// assistive technology and the same figures follow in a table, so nothing is only visual.
import { useId } from 'react';
import { Bar, BarChart, CartesianGrid, Cell, Tooltip, XAxis, YAxis } from 'recharts';
import type { YAxisTickContentProps } from 'recharts';
import { useI18n } from '../i18n/i18n';
import { charsPerLine, wrapLabel } from './chart-labels';

export interface BarDatum {
  label: string;
  value: number;
}

interface Props {
  caption: string;
  data: BarDatum[];
  format(value: number): string;
  labelHeader: string;
  valueHeader: string;
}

const POSITIVE = '#1d4e72';
const NEGATIVE = '#a4262c';
const AXIS = '#4a5361';
/** The category axis: its width, and the lines of one label (each row is as high as they need). */
const LABEL_WIDTH = 170;
const LINE_HEIGHT = 14;
const MAX_LINES = 3;
const PER_LINE = charsPerLine(LABEL_WIDTH - 10);

/** A category label broken into lines, centred on its bar (recharts' own tick runs into the next). */
function WrappedTick({ x, y, payload }: YAxisTickContentProps) {
  const lines = wrapLabel(String(payload.value ?? ''), PER_LINE, MAX_LINES);
  const left = Number(x) - 4;
  return (
    <text x={left} y={Number(y)} textAnchor="end" fill={AXIS} fontSize={12}>
      {lines.map((line, index) => (
        <tspan
          key={index}
          x={left}
          dy={index === 0 ? 4 - ((lines.length - 1) * LINE_HEIGHT) / 2 : LINE_HEIGHT}
        >
          {line}
        </tspan>
      ))}
    </text>
  );
}

export function BarChartFigure({ caption, data, format, labelHeader, valueHeader }: Props) {
  const { t, locale } = useI18n();
  const captionId = useId();
  const lines = Math.max(1, ...data.map((d) => wrapLabel(d.label, PER_LINE, MAX_LINES).length));
  const height = 40 + data.length * Math.max(28, lines * LINE_HEIGHT + 12);
  // Axis ticks in the unit that suits the largest bar: "5,5 mnkr", "25 tkr" or plain kronor.
  const largest = Math.max(...data.map((d) => Math.abs(d.value)), 0);
  const tick = (value: number) => {
    const short = (n: number) => n.toLocaleString(locale, { maximumFractionDigits: 1 });
    if (largest >= 1_000_000) return t('chart.millionKr', { value: short(value / 1_000_000) });
    if (largest >= 10_000) return t('chart.thousandKr', { value: short(value / 1_000) });
    return format(value);
  };
  return (
    <figure className="chart" aria-labelledby={captionId}>
      <figcaption id={captionId}>{caption}</figcaption>
      <div aria-hidden="true" className="chart__canvas">
        <BarChart
          layout="vertical"
          data={data}
          responsive
          style={{ width: '100%', height }}
          margin={{ top: 8, right: 24, bottom: 8, left: 8 }}
          accessibilityLayer={false}
        >
          <CartesianGrid horizontal={false} stroke="#d9dde3" />
          <XAxis type="number" tickFormatter={tick} stroke={AXIS} />
          <YAxis
            type="category"
            dataKey="label"
            width={LABEL_WIDTH}
            interval={0}
            stroke={AXIS}
            tick={(props: YAxisTickContentProps) => <WrappedTick {...props} />}
          />
          <Tooltip
            formatter={(value) => (typeof value === 'number' ? format(value) : String(value))}
            cursor={{ fill: '#eef2f6' }}
          />
          <Bar dataKey="value" name={valueHeader} isAnimationActive={false}>
            {data.map((d) => (
              <Cell key={d.label} fill={d.value < 0 ? NEGATIVE : POSITIVE} />
            ))}
          </Bar>
        </BarChart>
      </div>
      <details className="chart__data">
        <summary>{t('chart.showData')}</summary>
        <table className="table">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{labelHeader}</th>
              <th scope="col" className="num">
                {valueHeader}
              </th>
            </tr>
          </thead>
          <tbody>
            {data.map((d) => (
              <tr key={d.label}>
                <td>{d.label}</td>
                <td className="num">{format(d.value)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
