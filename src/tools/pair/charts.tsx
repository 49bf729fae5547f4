/**
 * The pair feedback's charts. Each is drawn for sighted readers only (aria-hidden) and followed by
 * a table with the same figures, which screen readers read and print shows; colours are the
 * site's tokens (light, dark, print), and the two series differ in shape and label, not only colour.
 */
import type { ComponentChildren } from 'preact';
import type { GapRow, TrendPoint } from './model';
import { useI18n } from '../shared/i18n';

const W = 320;

/** Two bars per domain: the mentor's own rating and the mentee's, each labelled with its value. */
export function GapChart({ rows, min, max }: { rows: readonly GapRow[]; min: number; max: number }) {
  const left = 4;
  const width = W - left - 64;
  const x = (v: number) => left + ((v - min + 1) / (max - min + 1)) * width;
  const per = 58;
  const tr = useI18n();
  return (
    <svg class="pair-chart-svg" viewBox={`0 0 ${W} ${rows.length * per + 4}`} width="100%" aria-hidden="true" focusable="false">
      {rows.map((r, i) => {
        const y = i * per;
        return (
          <g key={r.id}>
            <text x={left} y={y + 13} class="pair-chart-label">
              {r.title}
            </text>
            {([[tr.t('pair.you'), r.self, 'pair-bar-self', 18], [tr.t('pair.mentee'), r.mentee, 'pair-bar-other', 36]] as const).map(([who, v, cls, dy]) => (
              <g key={who}>
                <rect x={left} y={y + dy} height="14" width={v === null ? 0 : x(v) - left} class={cls} />
                <text x={(v === null ? left : x(v)) + 4} y={y + dy + 11} class="pair-chart-value">
                  {who} {v === null ? '–' : tr.number(v, { minimumFractionDigits: 1, maximumFractionDigits: 1 })}
                </text>
              </g>
            ))}
          </g>
        );
      })}
    </svg>
  );
}

/** A line per person across rounds: circles for you, squares for the other person. */
export function TrendChart({ series, min, max }: { series: readonly { name: string; points: readonly TrendPoint[] }[]; min: number; max: number }) {
  const h = 140;
  const pad = 24;
  const dates = [...new Set(series.flatMap((s) => s.points.map((p) => p.date)))].sort();
  const x = (d: string) => pad + (dates.length < 2 ? (W - 2 * pad) / 2 : (dates.indexOf(d) / (dates.length - 1)) * (W - 2 * pad));
  const y = (v: number) => h - pad - ((v - min) / (max - min)) * (h - 2 * pad);
  return (
    <svg class="pair-chart-svg" viewBox={`0 0 ${W} ${h}`} width="100%" aria-hidden="true" focusable="false">
      {[min, max].map((v) => (
        <g key={v}>
          <line x1={pad} x2={W - pad} y1={y(v)} y2={y(v)} class="pair-grid" />
          <text x={2} y={y(v) + 4} class="pair-chart-value">
            {v}
          </text>
        </g>
      ))}
      {series.map((s, si) => {
        const pts = s.points.filter((p): p is TrendPoint & { mean: number } => p.mean !== null);
        return (
          <g key={s.name} class={si === 0 ? 'pair-line-self' : 'pair-line-other'}>
            <polyline fill="none" points={pts.map((p) => `${x(p.date)},${y(p.mean)}`).join(' ')} />
            {pts.map((p) =>
              si === 0 ? <circle key={p.date} cx={x(p.date)} cy={y(p.mean)} r="4" /> : <rect key={p.date} x={x(p.date) - 4} y={y(p.mean) - 4} width="8" height="8" />,
            )}
          </g>
        );
      })}
    </svg>
  );
}

/** The trend's table: one row per round, the date and each person's average. */
export function TrendTable({ caption, series }: { caption: string; series: readonly { name: string; points: readonly TrendPoint[] }[] }) {
  const rows = series.flatMap((s) => s.points.map((p) => ({ who: s.name, ...p }))).sort((a, b) => a.date.localeCompare(b.date));
  const tr = useI18n();
  const { t } = tr;
  return (
    <TableWrap label={caption}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('pair.trend.answered')}</th>
            <th scope="col">{t('pair.trend.who')}</th>
            <th scope="col">{t('pair.trend.average')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={`${r.who}${r.date}`}>
              <td>{tr.date(new Date(r.date))}</td>
              <td>{r.who}</td>
              <td>{r.mean === null ? t('selfAssessment.change.cannotCompare') : tr.number(r.mean, { minimumFractionDigits: 1, maximumFractionDigits: 1 })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}

/** A table that scrolls sideways on a narrow screen; a keyboard can only scroll a region that takes focus. */
export function TableWrap({ label, labelledBy, children }: { label?: string; labelledBy?: string; children: ComponentChildren }) {
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- see above: the region must take focus to scroll by keyboard
    <div class="pair-table-wrap" tabIndex={0} role="region" aria-label={label} aria-labelledby={labelledBy}>
      {children}
    </div>
  );
}
