/**
 * Imported first by astro.config.mjs: checks the content before anything else reads it and,
 * when something is wrong, prints every problem once (no stack trace) and stops the build.
 * Also warns about a production build that does not know its origin.
 */
import { contentProblems } from './preflight';
import { contentRoot } from './root';

const command = process.argv.slice(2).find((a) => !a.startsWith('-'));
if (command === 'build' || command === 'dev' || command === 'preview' || command === 'check') {
  const problems = contentProblems(contentRoot(), { dev: command === 'dev' });
  if (problems.length) {
    const noun = problems.length === 1 ? 'a problem' : `${problems.length} problems`;
    process.stderr.write(`\nThe content has ${noun}; fix ${problems.length === 1 ? 'it' : 'them'} and build again:\n\n${problems.map((p) => `  ${p}`).join('\n')}\n\n`);
    process.exit(1);
  }
  if (command === 'build' && !process.env.PLAYBOOK_SITE)
    process.stderr.write(
      'warning: PLAYBOOK_SITE is not set, so canonical links, Open Graph and the sitemap point at http://localhost:4321.\n' +
        '         Set it to the origin you host on, e.g. PLAYBOOK_SITE=https://mentoring.example.org npm run build\n',
    );
}
