import { officialId } from '../identity/official-identity';
import { officialInterest } from '../interests';
import { fold } from '../text/fold';

// Words that are never a surname on their own ("von der Leyen" is, "der" is not).
const PARTICLES = new Set([
  'al',
  'bin',
  'binti',
  'da',
  'de',
  'del',
  'der',
  'di',
  'do',
  'dos',
  'du',
  'el',
  'ibn',
  'la',
  'le',
  'van',
  'von',
  'zu',
]);

// Titles that precede a name in releases ("President Tokayev", "Minister Kim"); never part of the name.
const TITLES = new Set([
  'president',
  'minister',
  'ambassador',
  'secretary',
  'chancellor',
  'speaker',
  'senator',
  'governor',
  'mayor',
  'premier',
  'king',
  'queen',
  'prince',
  'princess',
  'emir',
  'sheikh',
  'sultan',
  'mr',
  'mrs',
  'ms',
  'dr',
  'h.e.',
  'deputy',
  'chairman',
  'director',
  'spokesperson',
  'foreign',
  'prime',
  'state',
  'general',
  'vice',
  'außenminister',
  'bundeskanzler',
  'bundesprasident',
  'президент',
  'министр',
  'посол',
  'шейх',
  'premijer',
  'ministar',
]);

/** A name folded and split into its initials ("K.K.") and its words, leading titles dropped. */
export function nameParts(name: string): {
  readonly initials: readonly string[];
  readonly words: readonly string[];
} {
  const initials: string[] = [];
  const words: string[] = [];
  for (const token of fold(name).split(' ')) {
    // "k.k.tokayev" (glued) and "k." both carry initials; fold has already removed the space after a full stop.
    const match = /^((?:\p{L}\.)+)(.*)$/u.exec(token);
    if (match) {
      initials.push(...(match[1] ?? '').split('.').filter(Boolean));
      if (match[2]) words.push(match[2]);
    } else if (token) {
      words.push(token);
    }
  }
  while (words.length > 1 && initials.length === 0 && TITLES.has(words[0] ?? '')) words.shift();
  return { initials, words };
}

/**
 * The ids under which releases can name a person: the full id, plus the id a release that knows only the
 * surname gives its official (`officialId("Putin")` = `putin`). Surname forms are every trailing run of
 * words ("pirc-musar", "musar"), and any one-word variant the archive has seen ("Kim" for the
 * family-name-first "Kim Sung-Hwan"), which is how a surname that comes first is learnt.
 * The alert side needs nothing extra: a surname-only official's id is already that form.
 */
export function officialIdForms(id: string, name: string, variants: readonly string[] = []): string[] {
  const { words } = nameParts(name);
  const forms = [id];
  for (let i = 1; i < words.length; i++) forms.push(officialId(words.slice(i).join(' ')));
  for (const variant of variants) {
    const parts = nameParts(variant);
    if (parts.words.length === 1 && parts.initials.length === 0) forms.push(officialId(parts.words[0] ?? ''));
  }
  return [...new Set(forms)].filter((f) => f.length >= 2 && !PARTICLES.has(f) && !TITLES.has(f));
}

/** Interest values that a subscription to this official lists in its filter policy. */
export function officialInterests(id: string, name: string, variants: readonly string[] = []): string[] {
  return officialIdForms(id, name, variants).map(officialInterest);
}
