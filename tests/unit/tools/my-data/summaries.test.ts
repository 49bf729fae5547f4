/**
 * What My data says each tool holds is worded in the page's language (issue 19): every store's
 * summary comes from that language's messages, with no English left in Spanish.
 */
import { describe, expect, it } from 'vitest';
import { translator } from '../../../../src/lib/i18n/format';
import { loadStores } from '../../../../src/tools/registry';
import { englishLeaks, englishTranslator, fileMessages } from '../../../support/messages';

const spanish = translator('es', fileMessages('es'));

describe('stored-data summaries', () => {
  it('are in the page’s language for every store', async () => {
    const defs = await loadStores();
    expect(defs.length).toBeGreaterThan(4);
    for (const def of defs) {
      const en = def.summarise(def.empty(), englishTranslator);
      const es = def.summarise(def.empty(), spanish);
      expect(es, def.tool).not.toBe(en);
      expect(englishLeaks(es, 'es', 6), `${def.tool}: ${es}`).toEqual([]);
    }
  });
});
