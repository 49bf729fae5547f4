import { describe, expect, it } from 'vitest';
import { generate } from 'lean-qr/nano';
import { qrPath, QUIET_ZONE } from '../../../src/lib/exchange/qr';
import { suggestionBits, suggestPassphrase, WORDS } from '../../../src/lib/exchange/words';
import { passphraseProblem } from '../../../src/lib/exchange/pack';

describe('suggested passphrases', () => {
  it('draw five words from a list of over a thousand distinct, plain lower-case words', () => {
    expect(new Set(WORDS).size).toBe(WORDS.length);
    expect(WORDS.length).toBeGreaterThan(1000);
    for (const w of WORDS) expect(w).toMatch(/^[a-z]{3,9}$/);
    expect(suggestionBits()).toBeGreaterThanOrEqual(50);
    const p = suggestPassphrase();
    expect(p.split(' ')).toHaveLength(5);
    for (const w of p.split(' ')) expect(WORDS).toContain(w);
    expect(passphraseProblem(p)).toBeNull();
  });

  it('are uniform: rejection sampling never favours the first words', () => {
    // A generator that returns the largest values first: those above the last whole multiple are skipped.
    const values = [2 ** 32 - 1, 5, 2 ** 32 - 2, WORDS.length + 1];
    const random = (b: Uint32Array) => ((b[0] = values.shift()!), b);
    expect(suggestPassphrase(2, random)).toBe(`${WORDS[5]} ${WORDS[1]}`);
  });

  it('differ from one suggestion to the next', () => {
    expect(new Set(Array.from({ length: 20 }, () => suggestPassphrase())).size).toBe(20);
  });

  it('a chosen passphrase must be at least 12 characters', () => {
    expect(passphraseProblem('  ')).toMatch(/Enter a passphrase/);
    expect(passphraseProblem('short one')).toMatch(/at least 12 characters/);
  });
});

describe('QR code paths', () => {
  it('draw every dark module once, inside a quiet zone of 4', () => {
    const grid = { size: 3, get: (x: number, y: number) => (x + y) % 2 === 0 || y === 1 };
    const { d, viewBox } = qrPath(grid);
    expect(viewBox).toBe(`0 0 ${3 + 2 * QUIET_ZONE} ${3 + 2 * QUIET_ZONE}`);
    expect(d).toBe('M4 4h1v1h-1zM6 4h1v1h-1zM4 5h3v1h-3zM4 6h1v1h-1zM6 6h1v1h-1z');
  });

  it('work with lean-qr’s grid for a real link', () => {
    const code = generate('https://example.org/tools/expectations/#worksheet=ex1.AAAA');
    expect(qrPath(code).d.length).toBeGreaterThan(100);
  });
});
