// Markdown tables of a benchmark run: build, page weights, search, Lighthouse.

const kib = (bytes) => (bytes == null ? '–' : (bytes / 1024).toFixed(1));
const sec = (ms) => (ms == null ? '–' : (ms / 1000).toFixed(1));
const val = (v) => (v == null ? '–' : String(v));
const n = (count) => count.toLocaleString('en');

function table(head, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

export function buildTable(runs) {
  return table(
    ['N guides', 'pages built', 'words/guide', 'astro build (s)', 'astro peak RSS (MiB)', 'ms per page', 'Pagefind (s)', 'Pagefind peak RSS (MiB)', 'pages indexed'],
    runs.map((r) => [
      n(r.guides),
      n(r.build.pages),
      val(r.content.words.mean),
      sec(r.build.astro.ms),
      val(r.build.astro.peakRssMiB),
      r.build.msPerPage.toFixed(1),
      sec(r.build.pagefind.ms),
      val(r.build.pagefind.peakRssMiB),
      val(r.build.indexedPages),
    ]),
  );
}

export function weightsTable(runs) {
  const rows = runs.flatMap((r) =>
    r.weights.pages.map((p) => [n(r.guides), p.name, `\`${p.path.length > 48 ? `${p.path.slice(0, 45)}…` : p.path}\``, kib(p.htmlRaw), kib(p.html), kib(p.css), kib(p.js), val(p.jsFiles)]),
  );
  return table(['N guides', 'page', 'path', 'HTML raw (KiB)', 'HTML gzip (KiB)', 'CSS gzip (KiB)', 'JS at start gzip (KiB)', 'JS files'], rows);
}

export function searchTable(runs) {
  const rows = runs
    .filter((r) => r.search)
    .map((r) => {
      const { first: a, second: b } = r.search;
      return [n(r.guides), `“${a.query}”`, val(a.results), kib(a.bytes), val(a.requests), val(a.msToResults), `“${b.query}”`, val(b.results), kib(b.bytes), val(b.requests), val(b.msToResults)];
    });
  return table(
    ['N guides', '1st query', 'results', 'fetched (KiB)', 'requests', 'ms to results', '2nd query', 'results', 'fetched (KiB)', 'requests', 'ms to results'],
    rows,
  );
}

export function throttledTable(runs) {
  const rows = runs
    .filter((r) => r.throttledSearch)
    .map((r) => {
      const t = r.throttledSearch;
      const fast = t.atOnce ? [val(t.atOnce.msToResults), t.atOnce.samples.map((s) => s.msToResults).join(', ')] : ['–', '–'];
      return [n(r.guides), `“${t.query}”`, val(t.msToResults), t.samples.map((s) => s.msToResults).join(', '), ...fast, kib(t.bytes), val(t.requests), val(t.fragments)];
    });
  return table(['N guides', 'query', 'ms to results (median)', 'runs (ms)', 'tapped at once: ms (median)', 'runs (ms)', '1st query (KiB)', 'requests', 'fragments'], rows);
}

export function comparisonTable(runs) {
  const rows = runs
    .filter((r) => r.comparison)
    .map((r) => {
      const c = r.comparison;
      return [n(r.guides), val(c.rounds), sec(c.playbookCpuMs), sec(c.bareCpuMs), `×${c.cpuRatio}`, c.cpuRatioPerRound.map((x) => `×${x}`).join(', '), val(c.playbookRssMiB), val(c.bareRssMiB), `×${c.rssRatio}`];
    });
  return table(['N guides', 'rounds', 'playbook CPU (s)', 'bare CPU (s)', 'CPU ratio', 'per round', 'playbook peak RSS (MiB)', 'bare peak RSS (MiB)', 'RSS ratio'], rows);
}

export function lighthouseTable(runs) {
  const rows = runs.flatMap((r) =>
    (r.lighthouse ?? []).map((l) => [n(r.guides), l.name, val(l.performance), val(l.accessibility), val(l.bestPractices), val(l.seo), val(l.lcpMs), val(l.tbtMs), val(l.cls), kib(l.totalBytes)]),
  );
  return table(['N guides', 'page', 'performance', 'accessibility', 'best practices', 'SEO', 'LCP (ms)', 'TBT (ms)', 'CLS', 'total (KiB)'], rows);
}

/** How the build time per page and the guide page's weight change from the smallest to the largest N. */
export function growthLines(runs) {
  if (runs.length < 2) return '';
  const [a, b] = [runs[0], runs[runs.length - 1]];
  const lines = [
    `- Build time per page: ${a.build.msPerPage.toFixed(1)} ms at N=${n(a.guides)} → ${b.build.msPerPage.toFixed(1)} ms at N=${n(b.guides)} ` +
      `(×${(b.build.msPerPage / a.build.msPerPage).toFixed(2)}); astro build ${sec(a.build.astro.ms)} s → ${sec(b.build.astro.ms)} s for ${n(a.build.pages)} → ${n(b.build.pages)} pages.`,
  ];
  // The fixed cost (Vite bundling, tool pages) hides in the per-page average at small N; the cost of each extra page does not.
  const marginal = runs.slice(1).map((r, i) => {
    const p = runs[i];
    return `${n(p.guides)}→${n(r.guides)}: ${((r.build.astro.ms - p.build.astro.ms) / (r.build.pages - p.build.pages)).toFixed(1)} ms`;
  });
  lines.push(`- Build time per extra page (difference of build times ÷ difference of pages): ${marginal.join('; ')}.`);
  const guide = (r) => r.weights.pages.find((p) => p.name.startsWith('guide'));
  if (guide(a) && guide(b)) {
    lines.push(
      `- Typical guide HTML: ${kib(guide(a).html)} → ${kib(guide(b).html)} KiB gzip (${kib(guide(a).htmlRaw)} → ${kib(guide(b).htmlRaw)} KiB raw); ` +
        `largest guide HTML ${kib(a.weights.largestGuideHtml)} → ${kib(b.weights.largestGuideHtml)} KiB gzip.`,
    );
  }
  return lines.join('\n');
}

export function markdownReport(results) {
  const { runs } = results;
  const parts = ['## Build', buildTable(runs), growthLines(runs), '## Page weight', weightsTable(runs)];
  const missing = [...new Set(runs.flatMap((r) => r.weights.missing))];
  if (missing.length) parts.push(`Not in the build (not weighed): ${missing.map((p) => `\`${p}\``).join(', ')}.`);
  if (runs.some((r) => r.comparison)) parts.push('## Against a bare Astro + MDX + Pagefind site (medians of interleaved builds; CPU = astro build + Pagefind)', comparisonTable(runs));
  if (runs.some((r) => r.search)) parts.push('## Search', searchTable(runs));
  if (runs.some((r) => r.throttledSearch)) parts.push('## Search on a throttled phone (4× CPU, slow 4G; median of 3 cold runs)', throttledTable(runs));
  if (runs.some((r) => r.lighthouse?.length)) parts.push('## Lighthouse (mobile)', lighthouseTable(runs));
  return parts.filter(Boolean).join('\n\n');
}
