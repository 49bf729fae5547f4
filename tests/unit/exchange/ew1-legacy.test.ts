/**
 * Links the worksheet made before the exchange module (ew1) must keep opening. The token below
 * was made by the ew1 encoder of commit 7a68b7f (share.ts encodeToken, before this module) from
 * mentorCopy() with the goals answer below, then frozen here: it is never regenerated.
 */
import { describe, expect, it } from 'vitest';
import { readLink } from '../../../src/tools/expectations/share';
import { mentorCopy, t } from '../tools/expectations/fixtures';

const EW1 =
  'ew1.b67a004d.XZBBTsMwEEWvYv21XblZgDArBAdA0BViY5JpazUZp7bTElWRcghWCIRYco7epCfgCCihCMT2j96fp79DoqoubSKYHVwBA3qsKU82Oc8REhsK0XmGmXYSwZcEg4o4-QAJthXFgTwmBtfBtVbc2Moy5BjTQMx8tX-P6CQsxy2FEVp4W0YY3C5dLdKSxOfbcy8ClWQjnYtLO99_iEP_JA79y7rxieKhf73nSLnnQpSOaXxByfFCzQOtG-K8Hfw8p2XZ_r36UNkEA8eqphD9j50Pak5UPNh8BYMrFyhPZSuF49HoyE8gEWjjaKuKcStkOjtVOlNZ9lsU3YJtagL926GTaOqBKy7SN3qiplOV6Zk-M1obrSda6zt0Xw';
const copy = () => mentorCopy({ goals: 'Ship the 🚀 release; Café — “quotes”\nsecond line' });

describe('ew1 links made before the exchange module', () => {
  it('open as a link, a fragment or a bare token', async () => {
    for (const input of [`https://example.org/tools/expectations/#worksheet=${EW1}`, `#worksheet=${EW1}`, EW1])
      expect(await readLink(input, t)).toEqual({ ok: true, copy: copy() });
  });

  it('are still refused whole when a character changes', async () => {
    const at = EW1.length - 10;
    const changed = EW1.slice(0, at) + (EW1[at] === 'A' ? 'B' : 'A') + EW1.slice(at + 1);
    expect(await readLink(changed, t)).toEqual({ ok: false, message: expect.stringMatching(/incomplete or has been changed/) });
  });
});
