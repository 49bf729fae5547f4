import { resolve } from 'node:path';

/**
 * Folder holding guides, assessments, the worksheet template and site.json.
 * `PLAYBOOK_CONTENT_DIR` points the build at another folder (the benchmark uses
 * it for generated guides); by default it is `content/` in the project.
 */
export function contentRoot(): string {
  return resolve(process.env.PLAYBOOK_CONTENT_DIR || 'content');
}
