// Site furniture: text that scrapers keep but that is not the article. Whole lines that match
// one of these are dropped; they are the widgets, prompts and credits of news sites in many
// CMSs (WordPress, Drupal, agency feeds), not phrases of any one article.

export const FURNITURE_LINES: RegExp[] = [
  /^\d+\s+comments?(\s+to\s+this\s+(article|post|story))?\.?$/i,
  /^(comments?|reactions?|replies|leave a (reply|comment)|post a comment|add a comment|comments are closed\.?|comments? \(\d+\))$/i,
  /^(write|be) the first (to )?comment\b.*$/i,
  /^what'?s your reaction\??$/i,
  /^share( this)?( news| article| story| post)?:?$/i,
  /^share (to|on|via|with) [\w .+-]{1,30}$/i,
  /^(tweet|email|print|whatsapp|telegram|facebook|twitter|linkedin|reddit|pinterest|vk|copy link)$/i,
  /^read all the latest news\b.*$/i,
  /^(read more|read also|see also|related( articles| news| stories| posts)?|more (news|stories) from|recommended|most read|popular|trending|latest news|top stories)\s*:?$/i,
  /^disclaimer:.*$/i,
  /^this (post|story|article) (has been|was) auto-?(matically )?(published|generated)\b.*$/i,
  /^(subscribe|sign up|abone ol|follow us|join us|download (our|the) app|get the app|newsletter)\b.{0,80}$/i,
  /^(click|tap) here\b.*$/i,
  /^(advertisement|sponsored( content)?|ad|ads|promoted)$/i,
  /^back to top( button)?$/i,
  /^(skip to (main )?content|toggle navigation|main menu|menu|search|home|log ?in|sign in|register)$/i,
  /^(all rights reserved|copyright \d{4}.*all rights reserved)\.?$/i,
  /^(tags?|topics?|categories|filed under)\s*:.*$/i,
  /^https?:\/\/\S+$/i,
  /^\S+\.(jpe?g|png|gif|webp|svg)(\?\S*)?$/i,
  /^\[\/?[a-z_][\w-]*( [^\]]{0,200})?\]$/i, // WordPress shortcodes: [do_widget_area inner_adsbar]
  /^(home|news|world|politics)\s*([>»/|›]\s*[\w .-]{1,40}){1,6}$/i, // breadcrumb trails
];

/** The heading of a list of other stories: the list items under it are furniture too. */
export const RELATED_HEADING = /^(read more|read also|see also|related( articles| news| stories| posts| coverage)?|more (news|stories)( from [\w .'-]{1,40})?|recommended|most read|more on this story|you may also like)\s*:?$/i;

/** An item of such a list: a bullet, or a headline that ends with its date ("… - 12.05.2014"). */
export const LIST_ITEM = /^(?:[-•*·▪►]\s|.{5,200}\s[-–|]\s*\d{1,2}[./]\d{1,2}[./]\d{2,4}$)/;

/** Inline furniture inside a line that also carries article text (a byline with a comment counter). */
// (?<!\s) makes the leading whitespace match from the start of its run only: without it a long
// run of spaces is rescanned from every position (quadratic time on a scraped page of blanks).
export const FURNITURE_INLINE: RegExp = /,?(?<!\s)\s*\bcomments?\s+\d+\s+comments?\b/gi;

/**
 * A short line of menu items run together by the scraper ("Defence NewsÖne Çıkan"): a lower
 * case letter directly followed by a capital, in a line with no sentence punctuation.
 */
export function isJoinedMenuLine(line: string): boolean {
  if (line.length > 60 || /[.,:;!?"]/.test(line)) return false;
  return /\p{Ll}\p{Lu}\p{Ll}/u.test(line) && line.split(/\s+/).length <= 6;
}
