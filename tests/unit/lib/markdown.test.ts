import { describe, expect, it } from 'vitest';
import { mdBlock, mdInline } from '../../../src/lib/markdown';

describe('mdInline', () => {
  it('joins lines into one and escapes characters that start formatting', () => {
    expect(mdInline(' a\n\n b_c ')).toBe('a b\\_c');
    expect(mdInline('a *b* | c\nd')).toBe('a \\*b\\* \\| c d');
    expect(mdInline('*bold* _it_ [link](x) <b> `code` a|b {x} ~y~')).toBe('\\*bold\\* \\_it\\_ \\[link\\](x) \\<b\\> \\`code\\` a\\|b \\{x\\} \\~y\\~');
  });

  it('escapes block markers that would start the line', () => {
    expect(mdInline('1. first')).toBe('1\\. first');
    expect(mdInline('2) second')).toBe('2\\) second');
    expect(mdInline('- item')).toBe('\\- item');
    expect(mdInline('+ item')).toBe('\\+ item');
    expect(mdInline('# Heading')).toBe('\\# Heading');
    expect(mdInline('> quote')).toBe('\\> quote');
  });

  it('leaves markers alone in the middle of a line', () => {
    expect(mdInline('Ship it - then 1. rest')).toBe('Ship it - then 1. rest');
  });
});

describe('mdBlock', () => {
  it('escapes inline markup and block markers at the start of every line', () => {
    expect(mdBlock('*bold* _it_ [link](x) <b> `code` a|b')).toBe('\\*bold\\* \\_it\\_ \\[link\\](x) \\<b\\> \\`code\\` a\\|b');
    expect(mdBlock('# Not a heading')).toBe('\\# Not a heading');
    expect(mdBlock('- not a list\n1. nor this\n---\n===')).toBe('\\- not a list  \n1\\. nor this  \n\\---  \n\\===');
  });

  it('keeps line breaks as hard breaks, whatever the line ending', () => {
    expect(mdBlock('one\r\ntwo\nthree\rfour')).toBe('one  \ntwo  \nthree  \nfour');
  });
});
