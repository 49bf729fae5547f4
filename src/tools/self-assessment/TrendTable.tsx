/** Every comparable result of a questionnaire side by side, oldest first (trend.ts). */
import { useI18n } from '../shared/i18n';
import type { Trend } from './trend';

export function TrendTable({ trend, title }: { trend: Trend; title: string }) {
  const t = useI18n().t;
  return (
    <>
      <h3 id="sa-trend-title">{t('selfAssessment.history.heading')}</h3>
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- on a narrow screen the table scrolls sideways: a keyboard can only scroll a region that takes focus */}
      <div class="sa-table-wrap" tabIndex={0} role="region" aria-labelledby="sa-trend-title">
        <table class="sa-table">
          <caption class="visually-hidden">{t('selfAssessment.trend.caption', { title })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('selfAssessment.chart.area')}</th>
              {trend.dates.map((d) => (
                <th scope="col" key={d}>
                  {d}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {trend.rows.map((r) => (
              <tr key={r.id}>
                <th scope="row">{r.title}</th>
                {r.means.map((m, i) => (
                  <td key={trend.dates[i]}>{m}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
