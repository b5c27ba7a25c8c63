/** Vocabulary for simulated handles and captions. */

export const HANDLE_WORDS = [
  'luna', 'milo', 'nova', 'kai', 'ivy', 'zara', 'leo', 'maya', 'otto', 'rosa', 'finn', 'noor', 'jade', 'eli', 'sana',
  'theo', 'amara', 'cleo', 'remy', 'yara', 'bakes', 'cooks', 'fits', 'glow', 'skates', 'lifts', 'travels', 'paints',
  'dances', 'vlogs', 'games', 'reads', 'sings', 'styles', 'builds', 'grows', 'hikes', 'codes', 'laughs', 'eats',
  'daily', 'studio', 'life', 'world', 'kitchen', 'garage', 'garden', 'corner', 'diaries', 'official', 'real', 'tv',
] as const;

export const CAPTION_OPENERS = [
  'Day in my life', 'POV: you finally tried it', 'Wait for the end', 'Nobody talks about this', 'Quick tutorial',
  'Storytime', 'Rating every', 'Trying the viral', 'My honest review of', 'Get ready with me', 'Part 2 because you asked',
  'This changed my routine', 'Small wins today', 'Recreating the trend', 'Behind the scenes',
] as const;

export const CAPTION_TOPICS = [
  'sourdough', 'morning skincare', 'thrift haul', 'leg day', 'budget travel', 'street food', 'desk setup', 'plant care',
  'latte art', 'skate tricks', 'study session', 'home workout', 'car detailing', 'bookshelf tour', 'meal prep',
] as const;

export const HASHTAGS = ['fyp', 'foryou', 'viral', 'trend', 'tutorial', 'diy', 'food', 'fitness', 'travel', 'beauty', 'comedy', 'learnontiktok'] as const;

export const EMOJI = ['✨', '🔥', '😂', '💪', '🍞', '🌿', '📚', '🛹', '☕', '🎨', '👩‍🍳', '🏳️‍🌈'] as const;

/**
 * Text real captions carry and a report must survive: markup-like text, right-to-left scripts, a bidi
 * override, a spreadsheet formula. Drawn rarely; the simulator's callers get them the way the API sends them.
 */
export const AWKWARD_CAPTIONS = [
  'I <3 this <b>so</b> much',
  '<script>alert("hi")</script> jk',
  'مرحبا بالجميع! تجربة جديدة',
  'שלום חברים, סרטון חדש',
  'price drop \u202Eeci\u202C today',
  '=HYPERLINK("http://example.com","click")',
  'Tom & Jerry "quotes" \'n stuff',
] as const;
