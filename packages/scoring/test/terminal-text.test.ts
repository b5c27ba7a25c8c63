import { describe, expect, it } from 'vitest';
import { terminalSafe } from '../src/campaign/terminal-text.ts';

describe('terminalSafe: untrusted text cannot drive the terminal', () => {
  it.each([
    ['colour and cursor escapes are removed whole', 'a\u001b[31mred\u001b[0m\u001b[2J\u001b[Hb', 'aredb'],
    ['an OSC title or hyperlink sequence is removed whole', 'x\u001b]0;pwned\u0007y\u001b]8;;http://evil\u001b\\z', 'xyz'],
    ['line breaks and tabs become one space', 'one\r\ntwo\tthree\u2028four', 'one two three four'],
    ['bell, backspace, DEL and C1 controls go', 'a\u0007\u0008b\u007f\u0085c\u009bd', 'ab cd'],
    ['bidi overrides, embeddings and isolates go', 'invoice \u202Egnp.exe\u202C \u2066x\u2069 \u200F', 'invoice gnp.exe x'],
    ['zero-width space and BOM go', '\ufeffzero\u200bwidth', 'zerowidth'],
    ['HTML is plain text for a terminal and stays', '<img src=x onerror=alert(1)>', '<img src=x onerror=alert(1)>'],
    ['right-to-left letters stay', 'عرض الصيف', 'عرض الصيف'],
    ['emoji sequences keep their joiners', 'hi 👨‍👩‍👧‍👦 🏳️‍🌈', 'hi 👨‍👩‍👧‍👦 🏳️‍🌈'],
  ])('%s', (_rule, input, output) => {
    expect(terminalSafe(input)).toBe(output);
  });

  it('cuts at whole graphemes, never inside an emoji or an accented letter', () => {
    expect(terminalSafe('ab👨‍👩‍👧‍👦cd', 3)).toBe('ab👨‍👩‍👧‍👦');
    expect(terminalSafe('e\u0301e\u0301e\u0301', 2)).toBe('e\u0301e\u0301');
    expect(terminalSafe('short', 60)).toBe('short');
  });
});
