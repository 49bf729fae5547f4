/**
 * Checks all the content before Astro builds anything and reports every problem at once, each on
 * one line starting with the file, so one build tells a host everything to fix (removing a guide
 * lists every page, reading path and instrument that still names it). Build time only.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { splitGuidePath } from './guide-files';
import { basename, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'astro/zod';
import { guideSchema } from './guide-schema';
import { instrumentSchema } from './instrument-schema';
import { pairProblems } from './instrument-pairs';
import { pulseSchema } from './pulse-schema';
import { programSurveySchema, SURVEY_FILE } from './program-schema';
import { worksheetTemplateSchema } from './worksheet-schema';
import { siteConfigSchema, visible, type SiteConfig } from './site-schema';
import { displayPath, parseJsonText } from './read-json';
import { formatIssues } from './format-issues';
import { anchorsOf, linkProblem, linksOf } from './body-links';
import { isHiddenGuide } from './hidden';

interface GuideFile { id: string; file: string; body: string; frontmatter: string; line: number }

function jsonFile(path: string, what: string, problems: string[]): unknown {
  try {
    return parseJsonText(readFileSync(path, 'utf8'), displayPath(path), what);
  } catch (e) {
    problems.push((e as Error).message);
    return undefined;
  }
}

function check<S extends z.ZodTypeAny>(schema: S, raw: unknown, file: string, problems: string[]): z.output<S> | undefined {
  const r = schema.safeParse(raw);
  if (r.success) return r.data;
  problems.push(...formatIssues(file, r.error, raw).split('\n'));
  return undefined;
}

function readGuides(dir: string): GuideFile[] {
  if (!existsSync(dir)) return [];
  return (readdirSync(dir, { recursive: true }) as string[])
    .map((f) => f.replace(/\\/g, '/'))
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => {
      const text = readFileSync(join(dir, f), 'utf8');
      const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
      return { id: f.replace(/\.mdx$/, ''), file: displayPath(join(dir, f)), frontmatter: m?.[1] ?? '', body: m ? text.slice(m[0].length) : text, line: 2 };
    });
}

function jsonFiles(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith('.json')).sort().map((n) => join(dir, n)) : [];
}

/** Every problem of the content folder `root`, one line each; empty when the content builds. */
export function contentProblems(root: string, { dev = false } = {}): string[] {
  const problems: string[] = [];
  const siteFile = join(root, 'site.json');
  const rawSite = jsonFile(siteFile, 'site configuration', problems);
  const parsed = rawSite === undefined ? undefined : (check(siteConfigSchema, rawSite, displayPath(siteFile), problems) as SiteConfig | undefined);
  const logo = (rawSite as { logo?: { file?: unknown } } | undefined)?.logo?.file;
  if (typeof logo === 'string' && !existsSync(join(root, logo)))
    problems.push(`${displayPath(siteFile)}: logo.file: there is no file ${logo} in the content folder (put it beside site.json)`);
  if (!parsed) return problems;
  const site = visible(parsed);
  const hidden = (id: string) => isHiddenGuide(id, parsed);
  const sectionIds = site.sections.map((s) => s.id);

  // Translations (guides/<lang>/<section>/<slug>.mdx) are checked as guides of the guide they translate.
  const files = readGuides(join(root, 'guides'))
    .map((g) => ({ ...g, ...splitGuidePath(g.id) }))
    .filter((g) => !hidden(g.id));
  const onDisk = new Set(files.filter((g) => !g.lang).map((g) => g.id));
  for (const g of files) if (g.lang && !onDisk.has(g.id)) problems.push(`${g.file}: translates no guide: guides/${g.id}.mdx does not exist (name the file after the guide it translates)`);
  const schema = guideSchema({ sectionIds, guideExists: (id) => onDisk.has(id) || hidden(id) });
  const drafts = new Set<string>();
  for (const g of files) {
    let data: unknown;
    try {
      data = parseYaml(g.frontmatter);
    } catch (e) {
      problems.push(`${g.file}: the frontmatter is not valid YAML: ${(e as Error).message.split('\n')[0]}`);
      continue;
    }
    const parsedGuide = check(schema, data, g.file, problems);
    if (parsedGuide?.draft && !dev && !g.lang) drafts.add(g.id);
    const folder = g.id.split('/')[0];
    if (parsedGuide && parsedGuide.section !== folder && sectionIds.includes(parsedGuide.section))
      problems.push(`${g.file}: section: is "${parsedGuide.section}" but the file is in the folder "${folder}"`);
  }
  const built = new Set([...onDisk].filter((id) => !drafts.has(id)));
  const key = (id: string, lang?: string) => (lang ? `${lang}/${id}` : id);
  const anchors = new Map(files.map((g) => [key(g.id, g.lang), anchorsOf(g.body)]));
  for (const g of files) {
    if (drafts.has(g.id)) continue;
    // A translation's links open that language's pages: its anchors are the translation's, where there is one.
    const anchorsIn = (id: string) => anchors.get(key(id, g.lang)) ?? anchors.get(id) ?? new Set<string>();
    for (const { href, line } of linksOf(g.body)) {
      const problem = linkProblem(href, g.id, { guides: built, hidden, sectionIds, anchors: anchorsIn });
      if (problem) problems.push(`${g.file}:${line + g.frontmatter.split('\n').length + 2}: link "${href}" ${problem.startsWith('is ') ? problem : `is broken: ${problem}`}`);
    }
  }

  const missing = (id: string) => !built.has(id) && !hidden(id);
  const why = (id: string) => (drafts.has(id) ? `"${id}" is a draft (draft: true), so it is not built` : `no guide has the id "${id}" (expected guides/${id}.mdx)`);
  parsed.paths.forEach((p) =>
    p.guides.forEach((id, j) => missing(id) && problems.push(`${displayPath(siteFile)}: paths[${p.id}].guides.${j}: ${why(id)}`)),
  );
  for (const [from, to] of Object.entries(parsed.redirects)) {
    const target = /^\/guides\/([a-z0-9-]+)\/([a-z0-9-]+)\/$/.exec(to);
    if (target && missing(`${target[1]}/${target[2]}`)) problems.push(`${displayPath(siteFile)}: redirects["${from}"]: ${why(`${target[1]}/${target[2]}`)}`);
    const source = /^\/guides\/([a-z0-9-]+)\/([a-z0-9-]+)\/$/.exec(from);
    if (source && built.has(`${source[1]}/${source[2]}`)) problems.push(`${displayPath(siteFile)}: redirects["${from}"]: a guide still has this address; remove the guide or the redirect`);
  }

  const instruments: Parameters<typeof pairProblems>[0][number][] = [];
  for (const path of jsonFiles(join(root, 'assessments'))) {
    const raw = jsonFile(path, 'self-assessment instrument', problems);
    const data = raw === undefined ? undefined : check(instrumentSchema, raw, displayPath(path), problems);
    data?.domains.forEach((d) =>
      d.guides.forEach((id, j) => missing(id) && problems.push(`${displayPath(path)}: domains[${d.id}].guides.${j}: ${why(id)}`)),
    );
    if (data) instruments.push({ file: displayPath(path), id: basename(path, '.json'), data });
  }
  problems.push(...pairProblems(instruments));
  for (const path of jsonFiles(join(root, 'pulse'))) {
    const raw = jsonFile(path, 'relationship pulse', problems);
    const data = raw === undefined ? undefined : check(pulseSchema, raw, displayPath(path), problems);
    data?.items.forEach((item) => missing(item.guide) && problems.push(`${displayPath(path)}: items[${item.id}].guide: ${why(item.guide)}`));
  }
  const survey = join(root, SURVEY_FILE);
  if (parsed.program && existsSync(survey)) {
    const raw = jsonFile(survey, 'program survey', problems);
    const data = raw === undefined ? undefined : check(programSurveySchema, raw, displayPath(survey), problems);
    const pulse = join(root, 'pulse', 'relationship-pulse.json');
    data?.waves.forEach((w) => w.measures.includes('pulse') && !existsSync(pulse) && problems.push(`${displayPath(survey)}: waves[${w.id}].measures: "pulse" needs the relationship pulse (pulse/relationship-pulse.json), which this content has not`));
  }
  for (const path of jsonFiles(join(root, 'worksheet'))) {
    const raw = jsonFile(path, 'worksheet template', problems);
    const data = raw === undefined ? undefined : check(worksheetTemplateSchema, raw, displayPath(path), problems);
    if (data && data.id !== basename(path, '.json')) problems.push(`${displayPath(path)}: id: must equal the file name ("${basename(path, '.json')}"), not "${data.id}"`);
  }
  return problems;
}
