/** Every comparable result of a questionnaire side by side, oldest first (trend.ts). */
import type { Trend } from './trend';

export function TrendTable({ trend, title }: { trend: Trend; title: string }) {
  return (
    <>
      <h3 id="sa-trend-title">Your results over time</h3>
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- on a narrow screen the table scrolls sideways: a keyboard can only scroll a region that takes focus */}
      <div class="sa-table-wrap" tabIndex={0} role="region" aria-labelledby="sa-trend-title">
        <table class="sa-table">
          <caption class="visually-hidden">Mean rating per area each time you completed {title}, oldest first</caption>
          <thead>
            <tr>
              <th scope="col">Area</th>
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
