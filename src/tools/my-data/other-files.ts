/**
 * Files a tool makes for another person, brought to My data by mistake: say what they are and
 * where they open, instead of "not a playbook export". (Exchange files say so through the
 * exchange module, which knows every kind.)
 */
import type { Translator } from '../../lib/i18n/format';

/** Each such file's format, and its message: "myData.otherFile.<kind>". */
const ELSEWHERE: Record<string, string> = {
  'mentoring-playbook/expectations-copy': 'expectations-copy',
};

/** What to tell someone who chose this file here, or null when it is not another tool's file. */
export function otherToolFile(text: string, i: Translator): string | null {
  try {
    const format = (JSON.parse(text) as { format?: unknown } | null)?.format;
    return typeof format === 'string' && Object.prototype.hasOwnProperty.call(ELSEWHERE, format) ? i.t(`myData.otherFile.${ELSEWHERE[format]!}`) : null;
  } catch {
    return null;
  }
}
