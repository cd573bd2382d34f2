/**
 * Words for the help center's search, split the same way for articles and for what
 * shoppers type: Intl.Segmenter's word boundaries (ICU's dictionaries for Thai and CJK,
 * its rules for Bengali, Telugu and Arabic, whose combining marks stay inside the word),
 * only word-like segments, lower-cased, NFC-normalised so composed and decomposed input
 * meet. Pure.
 */

const segmenters = new Map<string, Intl.Segmenter>();

function segmenterFor(language: string): Intl.Segmenter {
  let segmenter = segmenters.get(language);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(Intl.Segmenter.supportedLocalesOf([language]).length ? language : 'en', { granularity: 'word' });
    segmenters.set(language, segmenter);
  }
  return segmenter;
}

/** The text's words, lower-cased, in order (repeats kept). */
export function tokenize(text: string, language = 'en'): string[] {
  const words: string[] = [];
  for (const segment of segmenterFor(language).segment(text.normalize('NFC'))) {
    if (segment.isWordLike) words.push(segment.segment.toLocaleLowerCase());
  }
  return words;
}
