import type { CountryMention, Official } from '../release';
import type { SubscriptionTerm } from './subscriber';

/** What the "Why you got this" block reads of a release: its mentions and, where known, its text. */
export interface WhyRelease {
  readonly countries: readonly Pick<CountryMention, 'code' | 'name' | 'mentions'>[];
  readonly officials: readonly Pick<Official, 'id' | 'name' | 'variants'>[];
  readonly summary: string;
  /** Body paragraphs when the caller has them (the table keeps summaries only); else the summary alone. */
  readonly body?: readonly string[];
}

/** One line of the block: the subscriber's term, the form the release wrote, and the sentence it stood in. */
export interface WhyLine {
  readonly term: string;
  /** As written in the release, e.g. `Slovenian`, `President Tokayev`; null when no mention records one. */
  readonly variant: string | null;
  /** The first sentence of the summary or body holding the variant, at most {@link MAX_SENTENCE} characters. */
  readonly sentence: string | null;
}

export const MAX_SENTENCE = 300;
const MAX_LINES = 10;

/**
 * The "Why you got this" lines of one release for the terms that matched (issue 13): for each term, the first
 * matched interest whose release mention is known gives the variant as written; the sentence comes from the
 * summary, then the body.
 */
export function whyMatched(
  terms: readonly SubscriptionTerm[],
  matched: readonly string[],
  release: WhyRelease,
): WhyLine[] {
  const sentences = [release.summary, ...(release.body ?? [])].flatMap(splitSentences);
  return terms.slice(0, MAX_LINES).map((term) => {
    const variants = term.interests.filter((i) => matched.includes(i)).flatMap((i) => variantsOf(i, release));
    for (const variant of variants) {
      const sentence = sentenceWith(variant, sentences);
      if (sentence) return { term: term.label, variant, sentence };
    }
    return { term: term.label, variant: variants[0] ?? null, sentence: null };
  });
}

function variantsOf(interest: string, release: WhyRelease): string[] {
  const colon = interest.indexOf(':');
  const kind = interest.slice(0, colon);
  const value = interest.slice(colon + 1);
  if (kind === 'country') {
    const country = release.countries.find((c) => c.code.toUpperCase() === value);
    return country ? [...country.mentions, country.name] : [];
  }
  if (kind === 'official') {
    const official = release.officials.find((o) => o.id === value);
    return official ? [...official.variants, official.name] : [];
  }
  return [];
}

function sentenceWith(variant: string, sentences: readonly string[]): string | null {
  const needle = variant.toLocaleLowerCase();
  const found = sentences.find((s) => s.toLocaleLowerCase().includes(needle));
  if (!found) return null;
  return found.length <= MAX_SENTENCE ? found : `${found.slice(0, MAX_SENTENCE - 1)}…`;
}

/** Sentences of a paragraph: ends at `.`, `!`, `?` (and their CJK forms) followed by space (CJK forms need none), kept with the text. */
export function splitSentences(paragraph: string): string[] {
  return paragraph
    .split(/(?<=[.!?])\s+|(?<=[。！？])\s*/u)
    .map((s) => s.replace(/\s+/gu, ' ').trim())
    .filter((s) => s !== '');
}
