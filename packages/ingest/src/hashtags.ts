/** Hashtags as analysts type them: `#Tag`, `tag`, ` Tag `. Anything else is refused with the reason. */
const TAG = /^[\p{L}\p{N}_]{1,100}$/u;

export function parseHashtag(raw: string): { hashtag: string } | { reason: string } {
  const text = raw.trim().replace(/^#/, '');
  if (text === '') return { reason: 'empty hashtag' };
  if (/\s/.test(text)) return { reason: `a hashtag has no spaces: "${raw}" (did you mean #${text.replace(/\s+/g, '')}?)` };
  if (/[/\\]/.test(text)) return { reason: `a hashtag has no slashes: "${raw}"` };
  if (text.includes('#')) return { reason: `one hashtag at a time: "${raw}"` };
  if (!TAG.test(text)) return { reason: `a hashtag is letters, digits and "_" only: "${raw}"` };
  return { hashtag: text.toLowerCase() };
}
