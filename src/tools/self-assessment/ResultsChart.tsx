/**
 * Domain means as an SVG bar chart, with a table giving the same figures as its text
 * alternative. With an earlier attempt, the chart adds an outlined bar and the table a
 * change column (words, not colour, say up or down).
 */
import { useI18n } from '../shared/i18n';
import { scalePoints } from './labels';
import type { ResultsRow } from './results-document';

interface Props {
  /** The results document's rows: the table prints the same words as the Markdown. */
  rows: ResultsRow[];
  scale: { min: number; max: number };
  scaleText: string;
  /** The earlier attempt's date, when compared with one. */
  comparedWith: string | undefined;
}

const ROW = 46;
const ROW_COMPARED = 62;
const AXIS = 26;

/** A bar with its value written after its end, or inside it when the bar nearly fills the row. */
function Bar({ value, text, max, y, height, kind }: { value: number; text: string; max: number; y: number; height: number; kind: string }) {
  const ratio = value / max;
  const inside = ratio > 0.8;
  return (
    <>
      <rect class={kind} x={kind === 'sa-bar' ? 0 : 1} y={y} height={height} width={`${ratio * 100}%`} />
      <text class={inside ? `${kind}-value inside` : `${kind}-value`} x={`${ratio * 100}%`} dx={inside ? -4 : 4} y={y + height - 3} text-anchor={inside ? 'end' : 'start'}>
        {text}
      </text>
    </>
  );
}

export function ResultsChart({ rows, scale, scaleText, comparedWith }: Props) {
  const compared = comparedWith !== undefined;
  const rowH = compared ? ROW_COMPARED : ROW;
  const height = rows.length * rowH + AXIS;
  const pct = (v: number) => `${(v / scale.max) * 100}%`;
  const tr = useI18n();
  const { t } = tr;

  return (
    <figure class="sa-chart">
      <figcaption>
        {compared ? t('selfAssessment.chart.captionCompared', { scale: scaleText, earlier: comparedWith }) : t('selfAssessment.chart.caption', { scale: scaleText })}
      </figcaption>
      <svg class="sa-chart-svg" width="100%" height={height} role="img" aria-label={t('selfAssessment.chart.svgLabel')}>
        {scalePoints(scale).map((v) => (
          <g key={v}>
            <line class="sa-grid" x1={pct(v)} x2={pct(v)} y1={0} y2={height - AXIS + 4} />
            <text class="sa-tick" x={pct(v)} y={height - 6} text-anchor={v === scale.max ? 'end' : 'middle'}>
              {tr.number(v)}
            </text>
          </g>
        ))}
        {rows.map((r, i) => {
          const top = i * rowH;
          return (
            <g key={r.id}>
              <text class="sa-bar-label" x={0} y={top + 15}>
                {r.later === null ? t('selfAssessment.chart.notRated', { title: r.title }) : r.title}
              </text>
              {r.later !== null && <Bar value={r.later} text={r.mean} max={scale.max} y={top + 21} height={16} kind="sa-bar" />}
              {compared && r.earlier !== null && <Bar value={r.earlier} text={r.earlierMean} max={scale.max} y={top + 41} height={12} kind="sa-bar-earlier" />}
            </g>
          );
        })}
      </svg>
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- on a narrow screen the table scrolls sideways: a keyboard can only scroll a region that takes focus */}
      <div class="sa-table-wrap" tabIndex={0} role="region" aria-label={t('selfAssessment.chart.tableLabel')}>
        <table class="sa-table">
          <caption class="visually-hidden">{compared ? t('selfAssessment.chart.tableCaptionCompared', { earlier: comparedWith }) : t('selfAssessment.chart.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('selfAssessment.chart.area')}</th>
              <th scope="col">{t('selfAssessment.chart.mean')}</th>
              <th scope="col">{t('selfAssessment.chart.rated')}</th>
              {compared && <th scope="col">{comparedWith}</th>}
              {compared && <th scope="col">{t('selfAssessment.chart.change')}</th>}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <th scope="row">{r.title}</th>
                <td>{r.mean}</td>
                <td>
                  {r.rated}
                  {r.notApplicable && ` (${r.notApplicable})`}
                </td>
                {compared && <td>{r.earlierMean}</td>}
                {compared && <td>{r.change}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
