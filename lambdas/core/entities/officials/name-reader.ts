import type { Token } from '../../text/tokenize';
import { tableWords } from './lexicon';
import { NameEvidence } from './name-evidence';
import {
  ALL_CAPS,
  APOSTROPHE,
  CAP_WORD,
  DIGRAPH_INITIAL,
  HAS_UPPER,
  HYPHEN,
  INITIAL_GAP,
  LOWER_LETTER,
  LOWER_SYLLABLE,
  NAME_GAP,
  REGNAL,
  SPACE,
  scriptOf,
  UPPER_FIRST,
  UPPER_LETTER,
} from './shapes';
import type { Words } from './words';

/** A run of tokens that reads as a person's name. */
export interface NameRun {
  readonly first: number;
  readonly last: number;
  /** Indices of the full-word tokens of the name (initials left out). */
  readonly words: readonly number[];
  /** Indices of initials ("K" and "K" in "K.K.Tokayev"). */
  readonly initials: readonly number[];
}

/** The peers' titles of a set of languages, by its mask: releases share a few such sets. */
const PEERAGES = new Map<number, ReadonlySet<string>>();

// A name has at most this many words and initials: a longer capitalised run is a list or a heading.
const MAX_NAME_TOKENS = 7;
// A leading word before a given name is trimmed only from this length on.
const MIN_TRIMMED_LENGTH = 7;

/** Reads names out of classified words; every pattern reads the names at the same positions, each once. */
export class NameReader {
  private readonly names = new Map<number, NameRun | null>();
  readonly evidence: NameEvidence;

  constructor(readonly w: Words) {
    this.evidence = new NameEvidence(w);
  }

  /** Whether a capitalised institution word follows the run: "Maritime Safety Authority", "Black Sea". */
  endsInstitution(run: NameRun): boolean {
    const next = this.w.tok(run.last + 1);
    return (
      next !== undefined &&
      SPACE.test(next.gap) &&
      UPPER_FIRST.test(next.text) &&
      this.w.isNotName(run.last + 1)
    );
  }

  /** Whether a word of the run is positive evidence of a name (see {@link NameEvidence}). */
  hasEvidence(run: NameRun): boolean {
    return run.words.some((k) => this.evidence.positive(k));
  }

  isInitial(i: number): boolean {
    const t = this.w.tok(i);
    const next = this.w.tok(i + 1);
    return (
      t !== undefined &&
      ((t.text.length === 1 && HAS_UPPER.test(t.text)) || DIGRAPH_INITIAL.test(t.text)) &&
      next !== undefined &&
      INITIAL_GAP.test(next.gap)
    );
  }

  /** An elided particle glued to the next word by an apostrophe: the D of "D’Antuono", the O of "O'Brien". */
  private isElision(j: number): boolean {
    const t = this.w.tok(j);
    const next = this.w.tok(j + 1);
    return (
      t !== undefined &&
      UPPER_LETTER.test(t.text) &&
      next !== undefined &&
      APOSTROPHE.test(next.gap) &&
      CAP_WORD.test(next.text)
    );
  }

  isNameWord(i: number): boolean {
    const w = this.w;
    const t = w.tok(i);
    if (!t || w.isCountry(i) || w.isNotName(i) || w.isOffice(i)) return false;
    // Words of a role or of a ministry's name in the release's languages: "Spraw Zagranicznych", "Affari Esteri".
    if (t.folded.length > 3 && (w.is(i, 'modifiers') || w.is(i, 'connectors'))) return false;
    if (CAP_WORD.test(t.text)) return true;
    return ALL_CAPS.test(t.text) && !w.isAcronym(i);
  }

  /** The name that starts at token `i`: initials, capitalised words, particles, hyphenated parts. */
  readName(i: number): NameRun | null {
    // A name starts with a capital (a word or an initial): most tokens are turned away here.
    const t = this.w.tok(i);
    if (t === undefined) return null;
    const c0 = t.text.charAt(0);
    if (c0 === c0.toLowerCase()) return null;
    let run = this.names.get(i);
    if (run === undefined) {
      run = this.scan(i);
      this.names.set(i, run);
    }
    return run;
  }

  /** The peers' titles of the release's languages: "Lord", "Baroness". */
  private peerages: ReadonlySet<string> | null = null;

  isPeerage(i: number): boolean {
    if (this.peerages === null) {
      const { active, activeMask } = this.w.languages;
      let set = PEERAGES.get(activeMask);
      if (set === undefined) {
        set = new Set([...active].flatMap((l) => tableWords(l, 'peerages')));
        if (PEERAGES.size >= 64) PEERAGES.clear();
        PEERAGES.set(activeMask, set);
      }
      this.peerages = set;
    }
    return this.peerages.has(this.w.folded(i)) && CAP_WORD.test(this.w.at(i).text);
  }

  /**
   * A peer's name as one unit: the title, the name, and "of" with the territorial designation ("Lord Collins of
   * Highbury", "Baroness Grey of Westbrook"); the title word alone is a role modifier elsewhere.
   */
  private peerageName(i: number): NameRun | null {
    const w = this.w;
    const name = w.tok(i + 1);
    if (!this.isPeerage(i) || !name || !SPACE.test(name.gap) || !this.isNameWord(i + 1)) return null;
    const words = [i, i + 1];
    const of = w.tok(i + 2);
    const place = w.tok(i + 3);
    if (
      of?.text === 'of' &&
      SPACE.test(of.gap) &&
      place &&
      SPACE.test(place.gap) &&
      CAP_WORD.test(place.text) &&
      !w.isCountry(i + 3) &&
      !w.isNotName(i + 3)
    )
      words.push(i + 2, i + 3);
    return { first: i, last: words[words.length - 1] as number, words, initials: [] };
  }

  /**
   * The first word of a two-word style, before an honorific and a name: the "Tan" of "Tan Sri Ahmad Zahid
   * Hamidi", the "Puan" of "Puan Sri". A family name of its own elsewhere: "Minister Tan Chuan Lim".
   */
  isStylePart(i: number): boolean {
    const w = this.w;
    const style = w.tok(i + 1);
    const name = w.tok(i + 2);
    return (
      CAP_WORD.test(w.tok(i)?.text ?? '') &&
      !w.is(i, 'honorifics') &&
      style !== undefined &&
      SPACE.test(style.gap) &&
      UPPER_FIRST.test(style.text) &&
      w.is(i + 1, 'honorifics') &&
      !w.isOffice(i + 1) &&
      name !== undefined &&
      SPACE.test(name.gap) &&
      this.isNameWord(i + 2)
    );
  }

  private scan(i: number): NameRun | null {
    const w = this.w;
    if (this.isStylePart(i)) return null;
    const peer = this.peerageName(i);
    if (peer) return peer;
    const words: number[] = [];
    const initials: number[] = [];
    let j = i;
    let afterInitial = false;
    while (j < w.length && words.length + initials.length < MAX_NAME_TOKENS) {
      const t = w.at(j);
      const elided = j > i && APOSTROPHE.test(t.gap) && this.isElision(j - 1);
      // A generational suffix after a comma: "Joseph R. Biden, Jr.".
      const suffix = j > i && /^, $/.test(t.gap) && w.is(j, 'patronymics');
      if (j > i && !(NAME_GAP.test(t.gap) || (afterInitial && INITIAL_GAP.test(t.gap)) || elided || suffix))
        break;
      if (j > i && t.gap === '') break;
      if (words.length > 0 && this.isElision(j)) {
        words.push(j);
        afterInitial = false;
      } else if (this.isInitial(j) && (words.length === 0 || this.isNameWord(j + 1))) {
        initials.push(j);
        afterInitial = true;
      } else if (this.isNameWord(j)) {
        // A repeated word ends the name (a glued tooltip "Rahmon Rahmon"), except after a particle: "bin Nahyan Al Nahyan".
        if (!w.is(j - 1, 'particles') && words.some((k) => w.at(k).folded === t.folded)) break;
        words.push(j);
        afterInitial = false;
      } else if (this.isGivenNamePart(j, words) || this.isWordAsSurname(j, words)) {
        words.push(j);
        afterInitial = false;
      } else if (
        words.length > 0 &&
        !afterInitial &&
        t.gap === ' ' &&
        /^[\u0410-\u042f]$/.test(t.text) &&
        words[words.length - 1] === j - 1 &&
        w.at(j - 1).text.length <= 4
      ) {
        // A one-syllable Chinese given name in Cyrillic ends the name: "Ван И".
        words.push(j);
        break;
      } else if (words.length > 0 && /^,? $/.test(t.gap) && w.is(j, 'patronymics')) {
        // A patronymic marker ends the name: "Nurlanbek Turgunbek uulu", "Айжан Асанбек кызы".
        words.push(j);
        break;
      } else if (words.length > 0 && !afterInitial && SPACE.test(t.gap) && REGNAL.test(t.text)) {
        // A regnal number ends the name: "King Abdullah II", "Pope Leo XIV".
        words.push(j);
        break;
      } else if (
        words.length > 0 &&
        w.is(j, 'particles') &&
        // Spanish "y" joins "Ortega y Gasset" but mostly two people: "and" wins where it is a word of the release.
        !w.is(j, 'and') &&
        (this.isNameWord(j + 1) ||
          // "von der Leyen", "bin Abdul Rahman": particles in a row before the name word.
          (w.is(j + 1, 'particles') && NAME_GAP.test(w.tok(j + 1)?.gap ?? '') && this.isNameWord(j + 2)))
      ) {
        words.push(j);
        afterInitial = false;
      } else break;
      j++;
    }
    // An honorific written as an initial is no initial of the name: "M. Christophe Lemoine", "H.E. Tomas Brenner".
    if (
      words.length >= 2 &&
      initials.length > 0 &&
      initials.every((k) => w.is(k, 'honorifics')) &&
      (initials[initials.length - 1] as number) < (words[0] as number)
    )
      initials.length = 0;
    if (words.length === 0) return null;
    if (words.every((k) => ALL_CAPS.test(w.at(k).text) || w.is(k, 'particles'))) return null;
    if (!this.trimByEvidence(words, initials)) return null;
    const last = words[words.length - 1] as number;
    return {
      first: Math.min(initials[0] ?? Number.MAX_SAFE_INTEGER, words[0] as number),
      last,
      words,
      initials,
    };
  }

  /**
   * Trims the words of a run that evidence shows are no name ("Landtags Peter Hollinger", "Civil Aviation"):
   * leading and trailing words written in lower case elsewhere or with a common-noun ending, and a leading word
   * before a given name in a run of three or more. False when nothing of the run is left a name.
   */
  private trimByEvidence(words: number[], initials: number[]): boolean {
    const e = this.evidence;
    const dropFirst = () => {
      const first = words.shift() as number;
      // Initials stood before that word: they go with it.
      while (initials.length > 0 && (initials[0] as number) < first) initials.shift();
    };
    while (words.length >= 2 && e.negative(words[0] as number) && !e.positive(words[0] as number))
      dropFirst();
    // In Cyrillic text an acronym before a name is an organisation's in the genitive ("сакратаром АДКБ Іманалі
    // Масаліевым", "секретаром НАТО Марком Рутеом"); a surname in capitals has a surname shape ("ПУТИН Владимир").
    while (
      words.length >= 2 &&
      initials.length === 0 &&
      this.isCyrillicAcronym(words[0] as number) &&
      !ALL_CAPS.test(this.w.at(words[1] as number).text)
    )
      dropFirst();
    while (
      words.length >= 2 &&
      e.negative(words[words.length - 1] as number) &&
      !e.positive(words[words.length - 1] as number)
    )
      words.pop();
    // East Asian family names come first and are short (Nguyen Thanh Binh, Park Jin-ho): they stay.
    while (
      words.length >= 3 &&
      initials.length === 0 &&
      this.w.at(words[0] as number).text.length >= MIN_TRIMMED_LENGTH &&
      !e.positive(words[0] as number) &&
      e.isGivenName(words[1] as number) &&
      !this.w.is(words[1] as number, 'particles')
    )
      dropFirst();
    if (words.every((k) => !e.positive(k)) && words.some((k) => e.negative(k))) return false;
    return true;
  }

  private isCyrillicAcronym(i: number): boolean {
    const text = this.w.at(i).text;
    return ALL_CAPS.test(text) && scriptOf(text) === 'cyrillic' && !this.evidence.hasSurnameShape(i);
  }

  /**
   * The lowercase second syllable of a hyphenated Korean or Chinese given name ("Cho Tae-yul", "Kim Jong-un"):
   * both parts short, so "Tokayev-led" stays out.
   */
  isGivenNamePart(j: number, words: readonly number[]): boolean {
    const w = this.w;
    const t = w.at(j);
    const prev = words[words.length - 1];
    return (
      prev === j - 1 &&
      HYPHEN.test(t.gap) &&
      LOWER_SYLLABLE.test(t.text) &&
      w.at(prev).text.length <= 5 &&
      !w.isNotName(j) &&
      !w.isCountry(j)
    );
  }

  /**
   * A capitalised word of the institution lists (a month, a city) right after a given name is a surname when
   * no date or institution name goes on: "Theresa May", but "Maria 5 May", "George Washington University".
   */
  isWordAsSurname(j: number, words: readonly number[]): boolean {
    const w = this.w;
    const t = w.at(j);
    const prev = words[words.length - 1];
    if (prev !== j - 1 || !SPACE.test(t.gap) || !CAP_WORD.test(t.text)) return false;
    if (!this.evidence.isGivenName(prev) || w.isNotName(prev)) return false;
    if (!w.is(j, 'institutions') || w.is(j, 'regions') || w.is(j, 'honorifics')) return false;
    if (w.isOffice(j) || w.isModifier(j) || w.isCountry(j) || w.is(j, 'stopWords')) return false;
    const next = w.tok(j + 1);
    if (next === undefined || !SPACE.test(next.gap)) return true;
    return !/^\d/.test(next.text) && !(UPPER_FIRST.test(next.text) && w.isNotName(j + 1));
  }

  /** A one-letter lowercase part of a dotted abbreviation inside a role: "Chargé d'Affaires a.i.". */
  isAbbreviationPart(j: number): boolean {
    const t = this.w.at(j);
    const next = this.w.tok(j + 1);
    return LOWER_LETTER.test(t.text) && (t.gap === '.' || next?.gap.startsWith('.') === true);
  }

  /** A full stop that ends an abbreviation (an honorific "Dr.", "a.i."), not the sentence. */
  isAbbreviationStop(j: number): boolean {
    const t: Token | undefined = this.w.tok(j);
    if (!t || j === 0 || !/^\.[ \u00a0]?$/.test(t.gap)) return false;
    return this.isInitial(j - 1) || this.w.is(j - 1, 'honorifics') || this.isAbbreviationPart(j - 1);
  }
}
