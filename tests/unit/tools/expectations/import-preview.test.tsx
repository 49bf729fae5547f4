import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { ImportPreview } from '../../../../src/tools/expectations/ImportPreview';
import { ReceivedAgreed } from '../../../../src/tools/expectations/ReceivedAgreed';
import { sendAgreed } from '../../../../src/tools/expectations/agreed-exchange';
import { startAgreement } from '../../../../src/tools/expectations/compare';
import { menteeCopy, mentorCopy, NOW, template } from './fixtures';

const noop = () => undefined;

describe('what a received copy shows before import', () => {
  it('never throws on a time no browser reads (the preview of a copy with "+01" once crashed): it shows the text as written', () => {
    const copy = { ...mentorCopy(), updatedAt: '2026-01-01T00:00:00+01' };
    const html = renderToString(<ImportPreview template={template} copy={copy} current={null} onImport={noop} onCancel={noop} disabled={false} />);
    expect(html).toContain('last changed on 2026-01-01T00:00:00+01');
    expect(html).toContain('Import Priya Raman’s copy');
  });

  it('shows a received agreed version to read and print, and offers the import only when it fits', () => {
    const sent = sendAgreed(mentorCopy(), startAgreement(template, mentorCopy(), menteeCopy(), NOW));
    const fits = renderToString(<ReceivedAgreed template={template} sent={sent} stored={{ mine: menteeCopy(), theirs: null, agreed: null }} onImport={noop} onClose={noop} disabled={false} />);
    expect(fits).toContain('The agreed version from Priya Raman');
    expect(fits).toContain('Import it as your agreed version');
    expect(fits).toContain('Print it');
    const own = renderToString(<ReceivedAgreed template={template} sent={sent} stored={{ mine: mentorCopy(), theirs: null, agreed: null }} onImport={noop} onClose={noop} disabled={false} />);
    expect(own).not.toContain('Import it as your agreed version');
    expect(own).toContain('you are the mentor here');
  });
});
