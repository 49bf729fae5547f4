// `npm run bench`: builds the playbook with N generated guides for each N and reports
// build time and memory, page weights, search cost and Lighthouse scores.
// See bench/README.md for the options and what each figure means.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../scripts/static-server.mjs';
import { buildSite } from './build-site.mjs';
import { buildBareSite, copyBareSite } from './bare-site.mjs';
import { generateContent } from './generate-content.mjs';
import { stopChildren } from './measure-process.mjs';
import { copyProject } from './project-copy.mjs';
import { readOptions, USAGE } from './options.mjs';
import { weighPages } from './page-weights.mjs';
import { markdownReport } from './report.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const began = performance.now();
const clock = () => {
  const s = Math.round((performance.now() - began) / 1000);
  return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
};
const progress = (line) => console.log(`[bench ${clock()}] ${line}`);

/** A step that names itself in the error when it fails. */
class StepError extends Error {}
async function step(label, fn) {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof StepError) throw e;
    throw new StepError(`${label} failed: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** A free loopback port, so the build's canonical URLs can name the origin it is served from. */
function freePort() {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => ok(port));
    });
  });
}

let options;
try {
  options = readOptions(process.argv.slice(2));
} catch (e) {
  console.error(`bench: ${e.message}\n\n${USAGE}`);
  process.exit(2);
}
if (options.help) {
  console.log(USAGE);
  process.exit(0);
}

const work = mkdtempSync(join(tmpdir(), 'playbook-bench-'));
const cleanUp = () => {
  if (options.keep) console.log(`bench: kept the temporary folders in ${work}`);
  else rmSync(work, { recursive: true, force: true });
};
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    console.error(`\nbench: stopped by ${signal}`);
    stopChildren();
    cleanUp();
    process.exit(130);
  });
}

const outFile = resolve(root, options.out);
const results = {
  startedAt: new Date().toISOString(),
  options: { sizes: options.sizes, quick: options.quick, seed: options.seed, rounds: options.rounds, bare: options.bare, project: options.project ?? null, withRealGuides: options.withRealGuides, search: options.search, lighthouse: options.lighthouse },
  machine: { cpus: cpus().length, memoryGiB: Math.round(totalmem() / 2 ** 30), loadAverageAtStart: loadavg().map((l) => Math.round(l * 100) / 100), node: process.version },
  runs: [],
};
const saveResults = () => {
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, `${JSON.stringify(results, null, 2)}\n`);
};

async function benchSize(project, count) {
  const contentDir = join(work, `content-${count}`);
  const outDir = join(work, `dist-${count}`);
  const label = `N=${count}`;
  progress(`${label}: generating ${count} guides in ${contentDir}`);
  const content = await step(`${label}: generating the guides`, () => generateContent({ realContent: join(options.project ? resolve(options.project) : root, 'content'), dir: contentDir, count, seed: options.seed, withRealGuides: options.withRealGuides }));
  progress(`${label}: ${content.guides.length} guides, ${content.words.mean} words on average (${content.words.min}–${content.words.max})`);

  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  // Interleaved builds (playbook, bare site, playbook, …): the machine's drift hits both alike,
  // so the ratios hold where absolute times move 10–25% from run to run.
  const builds = [];
  const bareBuilds = [];
  for (let round = 1; round <= options.rounds; round++) {
    rmSync(outDir, { recursive: true, force: true });
    progress(`${label}: round ${round}/${options.rounds}: astro build --force, then Pagefind`);
    const b = await step(`${label}: building the site`, () => buildSite({ root: project, contentDir, outDir, site: origin }));
    builds.push(b);
    progress(
      `${label}: astro build ${(b.astro.ms / 1000).toFixed(1)} s (CPU ${((b.astro.cpuMs ?? 0) / 1000).toFixed(1)} s) for ${b.pages} pages (${b.msPerPage.toFixed(1)} ms/page, peak ${b.astro.peakRssMiB} MiB); ` +
        `Pagefind ${(b.pagefind.ms / 1000).toFixed(1)} s (peak ${b.pagefind.peakRssMiB} MiB)`,
    );
    if (bare) {
      // Inside the bare project: Astro's server build there resolves packages from its node_modules/.
      const bareOut = join(bare, 'dist');
      rmSync(bareOut, { recursive: true, force: true });
      const bb = await step(`${label}: building the bare site`, () => buildBareSite({ dir: bare, contentDir, outDir: bareOut }));
      bareBuilds.push(bb);
      rmSync(bareOut, { recursive: true, force: true });
      progress(`${label}: bare site ${(bb.astro.ms / 1000).toFixed(1)} s (CPU ${((bb.astro.cpuMs ?? 0) / 1000).toFixed(1)} s, peak ${bb.astro.peakRssMiB} MiB) for ${bb.pages} pages`);
    }
  }
  const build = builds[builds.length - 1];
  const comparison = bareBuilds.length ? compareBuilds(builds, bareBuilds) : null;
  if (comparison) progress(`${label}: against the bare site: CPU ×${comparison.cpuRatio}, peak RSS ×${comparison.rssRatio} (medians of ${builds.length})`);

  const weights = await step(`${label}: weighing pages`, () => weighPages(outDir));
  const guide = weights.pages[0];
  progress(`${label}: weighed ${weights.pages.length} pages; typical guide HTML ${(guide.html / 1024).toFixed(1)} KiB gzip${weights.missing.length ? `; not built: ${weights.missing.join(', ')}` : ''}`);

  const run = { guides: count, content: { words: content.words }, build, builds, bareBuilds, comparison, weights, search: null, throttledSearch: null, lighthouse: null };
  if (!options.search && !options.lighthouse) return run;
  const server = await startServer({ root: outDir, base: '/', port });
  try {
    if (options.search) {
      progress(`${label}: measuring search in Chromium`);
      const { measureSearch } = await import('./search.mjs');
      run.search = await step(`${label}: measuring search`, () => measureSearch(`${origin}/`));
      const { first, second } = run.search;
      progress(`${label}: search “${first.query}” ${first.msToResults} ms, ${(first.bytes / 1024).toFixed(1)} KiB; “${second.query}” ${second.msToResults} ms, ${(second.bytes / 1024).toFixed(1)} KiB`);
      progress(`${label}: search on a throttled phone (4× CPU, slow 4G), 3 runs`);
      const { measureThrottledSearch } = await import('./search-throttled.mjs');
      run.throttledSearch = await step(`${label}: measuring throttled search`, () => measureThrottledSearch({ siteUrl: `${origin}/`, outDir, server }));
      const t = run.throttledSearch;
      progress(`${label}: throttled: ${t.msToResults} ms from the last keystroke to results (${t.atOnce.msToResults} ms when tapped at once), first query ${(t.bytes / 1024).toFixed(1)} KiB in ${t.requests} requests`);
    }
    if (options.lighthouse) {
      const wanted = options.quick ? [guide] : [weights.pages.find((p) => p.name === 'home'), guide, ...weights.pages.filter((p) => p.path.startsWith('/tools/') || p.path === '/my-data/')];
      const pages = wanted.filter(Boolean).map((p) => ({ name: p.name, url: `${origin}${p.path}` }));
      progress(`${label}: Lighthouse on ${pages.map((p) => p.name).join(', ')}`);
      const { runLighthouse } = await import('./lighthouse.mjs');
      run.lighthouse = await step(`${label}: Lighthouse`, () => runLighthouse(pages, (line) => progress(`${label}: ${line}`)));
    }
  } finally {
    await server.close();
  }
  if (!options.keep) {
    rmSync(contentDir, { recursive: true, force: true });
    rmSync(outDir, { recursive: true, force: true });
  }
  return run;
}

/** Medians of the playbook's and the bare site's builds, and their ratios (astro build plus Pagefind). */
function compareBuilds(builds, bareBuilds) {
  const median = (xs) => {
    const s = [...xs].sort((a, b) => a - b);
    return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  };
  const cpu = (b) => (b.astro.cpuMs ?? NaN) + (b.pagefind.cpuMs ?? NaN);
  const rss = (b) => b.astro.peakRssMiB;
  const out = { playbookCpuMs: median(builds.map(cpu)), bareCpuMs: median(bareBuilds.map(cpu)), playbookRssMiB: median(builds.map(rss)), bareRssMiB: median(bareBuilds.map(rss)) };
  const ratio = (a, b) => Math.round((a / b) * 100) / 100;
  const perRound = builds.map((b, i) => ratio(cpu(b), cpu(bareBuilds[i])));
  return { ...out, cpuRatio: ratio(out.playbookCpuMs, out.bareCpuMs), rssRatio: ratio(out.playbookRssMiB, out.bareRssMiB), cpuRatioPerRound: perRound, rounds: builds.length };
}

let bare = null;
let failed = false;
try {
  progress(`sizes ${options.sizes.join(', ')}${options.quick ? ' (quick)' : ''}; ${cpus().length} CPUs, load ${results.machine.loadAverageAtStart.join(' ')}`);
  const project = await step('copying the project', () => copyProject(options.project ? resolve(options.project) : root, join(work, 'project')));
  bare = options.bare ? await step('copying the bare site', () => copyBareSite(root, join(work, 'bare'))) : null;
  progress(`building from a snapshot of the project in ${project}`);
  for (const count of options.sizes) {
    results.runs.push(await benchSize(project, count));
    saveResults();
  }
  results.totalSeconds = Math.round((performance.now() - began) / 1000);
  saveResults();
  console.log(`\n${markdownReport(results)}\n`);
  progress(`done in ${results.totalSeconds} s; results in ${outFile}`);
} catch (e) {
  failed = true;
  results.error = e instanceof Error ? e.message : String(e);
  try {
    saveResults();
  } catch {
    // the error below is what matters; a results file that could not be written adds nothing
  }
  console.error(`\nbench: ${e instanceof StepError ? e.message : e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  console.error(`bench: stopped after ${results.runs.length} of ${options.sizes.length} sizes; ${outFile} holds the finished ones and the error.`);
} finally {
  cleanUp();
}
process.exit(failed ? 1 : 0);
