/**
 * Files a tool makes for another person, brought to My data by mistake: say what they are and
 * where they open, instead of "not a playbook export". (Exchange files say so through the
 * exchange module, which knows every kind.)
 */
const ELSEWHERE: Record<string, string> = {
  'mentoring-playbook/expectations-copy':
    'This file is a copy of an expectations worksheet, not an export of your data. Import it on the expectations worksheet, at step 2, “Exchange copies”.',
};

/** What to tell someone who chose this file here, or null when it is not another tool's file. */
export function otherToolFile(text: string): string | null {
  try {
    const format = (JSON.parse(text) as { format?: unknown } | null)?.format;
    return typeof format === 'string' && Object.prototype.hasOwnProperty.call(ELSEWHERE, format) ? ELSEWHERE[format]! : null;
  } catch {
    return null;
  }
}
