/**
 * Hashtags as analysts type them: `#Tag`, `tag`, ` Tag `, or a TikTok tag page URL. Anything else is refused
 * with the reason. Letters include combining marks (`#हिंदी` is one tag), and text is NFC-normalised so the
 * same tag typed with a precomposed or a combining accent is the same campaign.
 */
const TAG = /^[\p{L}\p{M}\p{N}_]{1,100}$/u;
const TAG_PAGE = /^(?:https?:\/\/)?(?:www\.|m\.)?tiktok\.com\/tag\/([^/?#\s]+)\/?(?:[?#].*)?$/i;

function tagOfPage(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    // A malformed %-escape is not a tag; the caller says so.
    return null;
  }
}

export function parseHashtag(raw: string): { hashtag: string } | { reason: string } {
  const trimmed = raw.trim();
  const page = TAG_PAGE.exec(trimmed);
  const fromPage = page ? tagOfPage(page[1] as string) : trimmed.replace(/^#/, '');
  if (fromPage === null) return { reason: `not a readable tag page address: "${raw}"` };
  const text = fromPage.normalize('NFC');
  if (text === '') return { reason: 'empty hashtag' };
  if (/\s/.test(text)) return { reason: `a hashtag has no spaces: "${raw}" (did you mean #${text.replace(/\s+/g, '')}?)` };
  if (/[/\\]/.test(text)) return { reason: `a hashtag has no slashes: "${raw}" (a tag page address like https://www.tiktok.com/tag/summer works)` };
  if (text.includes('#')) return { reason: `one hashtag at a time: "${raw}" (repeat the option for each tag)` };
  if (!TAG.test(text)) return { reason: `a hashtag is letters, digits and "_" only (at most 100): "${raw}"` };
  return { hashtag: text.toLowerCase() };
}

export interface HashtagList {
  /** Normalised, in the order given, each once. */
  hashtags: string[];
  rejected: Array<{ raw: string; reason: string }>;
  /** Inputs that named a hashtag already in the list (`#Summer` after `summer`). */
  duplicates: string[];
}

/** Several hashtags at once: each parsed, repeats dropped (a repeat would be a second scan of the same list). */
export function parseHashtags(raws: readonly string[]): HashtagList {
  const list: HashtagList = { hashtags: [], rejected: [], duplicates: [] };
  for (const raw of raws) {
    const parsed = parseHashtag(raw);
    if ('reason' in parsed) list.rejected.push({ raw, reason: parsed.reason });
    else if (list.hashtags.includes(parsed.hashtag)) list.duplicates.push(raw);
    else list.hashtags.push(parsed.hashtag);
  }
  return list;
}
