// A horizontal bar chart (recharts) with its text alternative: the chart itself is hidden from
// assistive technology and the same figures follow in a table, so nothing is only visual.
import { useId } from 'react';
import { Bar, BarChart, CartesianGrid, Cell, Tooltip, XAxis, YAxis } from 'recharts';
import { useI18n } from '../i18n/i18n';

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

export function BarChartFigure({ caption, data, format, labelHeader, valueHeader }: Props) {
  const { t, locale } = useI18n();
  const captionId = useId();
  const height = 40 + data.length * 28;
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
          <XAxis type="number" tickFormatter={tick} stroke="#4a5361" />
          <YAxis type="category" dataKey="label" width={170} interval={0} stroke="#4a5361" />
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
