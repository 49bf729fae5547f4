/**
 * What a tool page needs at start to know whether to load its forms: whether the drafts store
 * holds a draft of the tool. A cheap look at the stored text, without the drafts schema (which
 * loads with the forms); a stray match only loads the forms early. Reads storage, so call it
 * from an effect, never during render. Which drafts, newest first: model.ts draftKeys.
 */
import { toolKey } from '../../lib/storage/keys';
import { BASE } from '../../lib/paths';

/** The drafts store's tool id: its key is `playbook:<base>:drafts`. */
export const DRAFTS_TOOL = 'drafts';

/** Form keys start with the tool's id and a colon (model.ts formKey): in the stored JSON, `"goal-planner:…`. */
export function hasDrafts(tool: string, storage?: Pick<Storage, 'getItem'> | null, base = BASE): boolean {
  try {
    return !!(storage === undefined ? localStorage : storage)?.getItem(toolKey(base, DRAFTS_TOOL))?.includes(`"${tool}:`);
  } catch {
    return false;
  }
}
