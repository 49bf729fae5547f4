import { describe, expect, it } from 'vitest';
import { showBackupTime } from '../../../src/lib/backup/format';

describe('showBackupTime', () => {
  it('shows the day in words and the time on a 24-hour clock, in the given time zone', () => {
    expect(showBackupTime('2026-12-03T14:05:00.000Z', 'UTC')).toBe('3 December 2026, 14:05');
    expect(showBackupTime('2026-12-03T23:30:00.000Z', 'Europe/Berlin')).toBe('4 December 2026, 00:30');
  });
  it('shows text that is no time as it is', () => {
    expect(showBackupTime('soon')).toBe('soon');
  });
});
