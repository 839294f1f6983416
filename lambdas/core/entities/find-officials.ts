import type { Official } from '../release';
import type { Token } from '../text/tokenize';
import type { CountryMatch } from './country-gazetteer';
import { officialId } from './fold';
import {
  isAcronym,
  isEnglishHead,
  isNotName,
  isNotOfficialCue,
  isPluralHead,
  isRoleHead,
  isRoleModifier,
} from './role-lexicon';

/** One place where a person is named: token span, the name's own tokens, and the role stated there. */
interface Mention {
  readonly first: number;
  readonly last: number;
  /** Indices of the full-word tokens of the name (initials left out). */
  readonly words: readonly number[];
  /** Indices of initials ("K" and "K" in "K.K.Tokayev"). */
  readonly initials: readonly number[];
  readonly role: string | null;
  readonly country: string | null;
  /** Grammatical case of the role word before an inflected name, to rebuild the nominative. */
  readonly oblique: 'genitive' | 'dative' | 'instrumental' | null;
}

interface Person {
  readonly mentions: Mention[];
}

const CAP_WORD = /^\p{Lu}[\p{Ll}\p{M}]+$/u;
const ALL_CAPS = /^\p{Lu}{3,}$/u;
const REGNAL = /^(?:I{2,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XV|XVI)$/;
const NAME_GAP = /^(?:[ \u00a0]{1,2}|[-\u2010-\u2015])$/;
const INITIAL_GAP = /^\.[ \u00a0]?$/;
const PARTICLES = new Set([
  'bin',
  'ben',
  'ibn',
  'bint',
  'al',
  'el',
  'аль',
  'бин',
  'бен',
  'ибн',
  'von',
  'van',
  'der',
  'de',
  'da',
  'del',
  'di',
  'zu',
]);
const PATRONYMIC_MARKERS = new Set(['uulu', 'kyzy', 'уулу', 'кызы']);
const HONORIFICS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'h',
  'e',
  'his',
  'her',
  'excellency',
  'г',
  'н',
  'господин',
  'госпожа',
  'herr',
  'frau',
  'gospod',
  'gospa',
  'm',
  'mme',
  // Malaysian styles: "Dato' Seri Anwar Ibrahim".
  'dato',
  'datuk',
  'datin',
  'seri',
  'sri',
  'tun',
]);
const CONNECTORS = new Set([
  'of',
  'to',
  'for',
  'and',
  'the',
  'at',
  'in',
  'on',
  'der',
  'des',
  'von',
  'für',
  'du',
  'de',
  'la',
  'des',
  'u',
  'v',
  'za',
  'pri',
  'в',
  'по',
  'при',
  'и',
  'd',
]);
const HAS_CYRILLIC = /[\u0400-\u04ff]/;
const FUNCTION_WORDS = new Set([
  'the',
  'with',
  'a',
  'an',
  'its',
  'his',
  'her',
  'their',
  'our',
  'by',
  'from',
  'met',
  'mit',
  'с',
  'со',
]);
// Words of a call or of talks between office holders, folded, in the supported languages.
const CALL_WORD =
  /^(?:telephone|phone|conversation|talks|call|телефонн\p{L}*|разговор\p{L}*|переговор\p{L}*|telefon\p{L}*|gesprach\p{L}*|razgovor\p{L}*|pogovor\p{L}*|entretien)$/u;
const CALL_VERBS = new Set(
  'had held holds hold has have conducted a an the video official bilateral separate провел провела провели провёл состоялся führte führten hatte ein einen eine opravil opravila imel imela je imao imala a eu un une'.split(
    ' ',
  ),
);
const COORDINATORS = new Set(['and', 'и', 'und', 'et', 'in', 'i']);
const WITH = new Set(['with', 'с', 'со', 'mit', 's', 'z', 'sa', 'avec']);
const SENTENCE_GAP = /[.;:!?()"«»“”]|\n/;

interface NameRun {
  readonly first: number;
  readonly last: number;
  readonly words: readonly number[];
  readonly initials: readonly number[];
}

class Grammar {
  constructor(
    private readonly tokens: readonly Token[],
    private readonly countryAt: readonly (string | null | undefined)[],
  ) {}

  tok(i: number): Token | undefined {
    return this.tokens[i];
  }

  isInitial(i: number): boolean {
    const t = this.tokens[i];
    const next = this.tokens[i + 1];
    return (
      t !== undefined &&
      t.text.length === 1 &&
      /\p{Lu}/u.test(t.text) &&
      next !== undefined &&
      INITIAL_GAP.test(next.gap)
    );
  }

  isCountry(i: number): boolean {
    return this.countryAt[i] !== undefined;
  }

  isNameWord(i: number): boolean {
    const t = this.tokens[i];
    if (!t || this.isCountry(i) || isNotName(t.folded) || isRoleHead(t.folded)) return false;
    if (t.folded.length > 3 && isRoleModifier(t.folded)) return false;
    if (CAP_WORD.test(t.text)) return true;
    return ALL_CAPS.test(t.text) && !isAcronym(t.text);
  }

  // Every pattern reads the names at the same positions: each is read once.
  private readonly names = new Map<number, NameRun | null>();

  /** The name that starts at token `i`: initials, capitalised words, particles, hyphenated parts. */
  readName(i: number): NameRun | null {
    // A name starts with a capital (a word or an initial): most tokens are turned away here.
    const t = this.tokens[i];
    if (t === undefined) return null;
    const c0 = t.text.charAt(0);
    if (c0 === c0.toLowerCase()) return null;
    let run = this.names.get(i);
    if (run === undefined) {
      run = this.scanName(i);
      this.names.set(i, run);
    }
    return run;
  }

  private scanName(i: number): NameRun | null {
    const words: number[] = [];
    const initials: number[] = [];
    let j = i;
    let afterInitial = false;
    while (j < this.tokens.length && words.length + initials.length < 7) {
      const t = this.tokens[j] as Token;
      if (j > i && !(NAME_GAP.test(t.gap) || (afterInitial && INITIAL_GAP.test(t.gap)))) break;
      if (j > i && t.gap === '') break;
      if (this.isInitial(j) && (words.length === 0 || this.isNameWord(j + 1))) {
        initials.push(j);
        afterInitial = true;
      } else if (this.isNameWord(j)) {
        // A repeated word ends the name (a glued tooltip "Rahmon Rahmon"), except after a particle: "bin Nahyan Al Nahyan".
        const prev = this.tokens[j - 1];
        if (
          !(prev && PARTICLES.has(prev.folded)) &&
          words.some((w) => (this.tokens[w] as Token).folded === t.folded)
        )
          break;
        words.push(j);
        afterInitial = false;
      } else if (this.isGivenNamePart(j, words)) {
        words.push(j);
        afterInitial = false;
      } else if (
        words.length > 0 &&
        !afterInitial &&
        t.gap === ' ' &&
        /^[\u0410-\u042f]$/.test(t.text) &&
        words[words.length - 1] === j - 1 &&
        (this.tokens[j - 1] as Token).text.length <= 4
      ) {
        // A one-syllable Chinese given name in Cyrillic ends the name: "Ван И".
        words.push(j);
        break;
      } else if (words.length > 0 && !afterInitial && t.gap === ' ' && PATRONYMIC_MARKERS.has(t.folded)) {
        // A Kyrgyz patronymic ends the name: "Nurlanbek Turgunbek uulu", "Айжан Асанбек кызы".
        words.push(j);
        break;
      } else if (words.length > 0 && !afterInitial && /^[ \u00a0]$/.test(t.gap) && REGNAL.test(t.text)) {
        // A regnal number ends the name: "King Abdullah II", "Pope Leo XIV".
        words.push(j);
        break;
      } else if (
        words.length > 0 &&
        PARTICLES.has(t.folded) &&
        (this.isNameWord(j + 1) ||
          // "von der Leyen", "bin Abdul Rahman": particles in a row before the name word.
          (PARTICLES.has(this.tokens[j + 1]?.folded ?? '') &&
            NAME_GAP.test(this.tokens[j + 1]?.gap ?? '') &&
            this.isNameWord(j + 2)))
      ) {
        words.push(j);
        afterInitial = false;
      } else break;
      j++;
    }
    // The French "M." (Monsieur) before a full name is not an initial: "M. Christophe Lemoine".
    if (
      initials.length === 1 &&
      initials[0] === i &&
      words.length >= 2 &&
      (this.tokens[i] as Token).text === 'M'
    )
      initials.length = 0;
    if (words.length === 0) return null;
    if (words.every((w) => ALL_CAPS.test((this.tokens[w] as Token).text))) return null;
    const last = words[words.length - 1] as number;
    return {
      first: Math.min(initials[0] ?? Number.MAX_SAFE_INTEGER, words[0] as number),
      last,
      words,
      initials,
    };
  }

  /**
   * The lowercase second syllable of a hyphenated Korean or Chinese given name ("Cho Tae-yul", "Kim Jong-un"):
   * both parts short, so "Tokayev-led" stays out.
   */
  isGivenNamePart(j: number, words: readonly number[]): boolean {
    const t = this.tokens[j] as Token;
    const prev = words[words.length - 1];
    return (
      prev === j - 1 &&
      /^[-\u2010-\u2011]$/.test(t.gap) &&
      /^\p{Ll}{2,5}$/u.test(t.text) &&
      (this.tokens[prev] as Token).text.length <= 5 &&
      !isNotName(t.folded) &&
      !this.isCountry(j)
    );
  }

  /** A one-letter lowercase part of a dotted abbreviation inside a role: "Chargé d'Affaires a.i.". */
  isAbbreviationPart(j: number): boolean {
    const t = this.tokens[j] as Token;
    const next = this.tokens[j + 1];
    return /^\p{Ll}$/u.test(t.text) && (t.gap === '.' || next?.gap.startsWith('.') === true);
  }

  /** A full stop that ends an abbreviation (an honorific "Dr.", "a.i."), not the sentence. */
  isAbbreviationStop(j: number): boolean {
    const t = this.tokens[j];
    const prev = this.tokens[j - 1];
    if (!t || !prev || !/^\.[ \u00a0]?$/.test(t.gap)) return false;
    return this.isInitial(j - 1) || HONORIFICS.has(prev.folded) || this.isAbbreviationPart(j - 1);
  }

  text(first: number, last: number, source: string): string {
    return source.slice((this.tokens[first] as Token).start, (this.tokens[last] as Token).end);
  }
}

/** The token that closes a parenthesis of one to three lowercase words opened before `open`, or -1. */
function parenthesisEnd(tokens: readonly Token[], open: number): number {
  for (let k = open; k < tokens.length && k <= open + 3; k++) {
    const t = tokens[k] as Token;
    if (k > open && /^\) ?$/.test(t.gap)) return k;
    if (!/^\p{Ll}/u.test(t.text) || (k > open && t.gap !== ' ')) return -1;
  }
  return -1;
}

// Kazakh case endings on a Russian-style surname: Мирзиёевтің, Усмоновпен, Тоқаевқа.
const KAZAKH_CASE =
  /^(.{2,}(?:ов|ев|ёв|ин|ова|ева|ина))(?:тың|тің|дың|дің|ның|нің|ты|ті|ды|ді|ны|ні|қа|ға|ке|ге|пен|бен|мен|та|те|да|де|тан|тен|дан|ден|нан|нен)$/;

function obliqueOf(head: Token): Mention['oblique'] {
  const f = head.folded;
  if (!HAS_CYRILLIC.test(head.text)) {
    // Slovenian and Croatian office words show the case: ministrom/veleposlanikom, ministru, ministra/veleposlanika.
    if (isEnglishHead(f)) return null;
    if (/[bcdfghjklmnprstvz]om$/.test(f)) return 'instrumental';
    // Feminine accusative/instrumental: z ministrico Tanjo Fajon, sprejela veleposlanico.
    if (/(?:ic|k)o$/.test(f)) return 'instrumental';
    if (/kolegu$/.test(f)) return 'dative';
    if (/kolega$/.test(f)) return null;
    if (/(?:ik|tr|nt)u$/.test(f)) return 'dative';
    if (/(?:ika|tra)$/.test(f)) return 'genitive';
    return null;
  }
  if (/(ом|ем)$/.test(f)) return 'instrumental';
  if (/[бвгджзклмнпрстфхцчшщ](у|ю)$/.test(f)) return 'dative';
  if (/[бвгджзклмнпрстфхцчшщ](а|я)$/.test(f) || /ika$/.test(f)) return 'genitive';
  return null;
}

/** Rebuilds the nominative of an inflected name from the case the role word shows. */
function nominative(word: string, oblique: Mention['oblique']): string {
  const kazakh = KAZAKH_CASE.exec(word);
  if (kazakh) return kazakh[1] as string;
  if (oblique === null || PARTICLES.has(word.toLowerCase())) return word;
  if (HAS_CYRILLIC.test(word)) {
    // Surnames in -ов/-ин take -ым: Токаевым -> Токаев.
    // Feminine -ой/-ей: Хельгой -> Хельга, Захаровой -> Захарова, Марией -> Мария.
    if (oblique === 'instrumental')
      return (
        word
          .replace(/(ов|ев|ёв|ин|ын)ым$/, '$1')
          // Soft stems: Игорем -> Игорь, Андреем -> Андрей; Мерцем, Гутеррешем -> Мерц, Гутерреш.
          .replace(/([аеиоуэюя])ем$/, '$1й')
          .replace(/([бвгдзклмнпрстфх])ем$/, '$1ь')
          .replace(/(ом|ем)$/, '')
          .replace(/ой$/, 'а')
          .replace(/([иь])ей$/, '$1я')
      );
    if (oblique === 'dative')
      return word
        .replace(/([бвгджзклмнпрстфхцчшщ])у$/, '$1')
        .replace(/([бвгдзклмнпрстфх])ю$/, '$1ь')
        .replace(/ю$/, 'й');
    if (/ы$/.test(word)) return word.replace(/ы$/, 'а');
    if (/[аеиоу]я$/.test(word)) return word.replace(/я$/, 'й');
    // A masculine soft stem: Эмманюэля -> Эмманюэль (a feminine name in -я would read -и here).
    if (/[бвгдзклмнпрстфх]я$/.test(word)) return word.replace(/я$/, 'ь');
    return word.replace(/([бвгджзклмнпрстфхцчшщ])а$/, '$1');
  }
  // Slovenian/Croatian masculine names: Josepha -> Joseph, Schallenbergom -> Schallenberg, Grlićem -> Grlić,
  // Szijjártójem -> Szijjártó, Nurtleua -> Nurtleu, Zarifija -> Zarifi.
  let stem = word;
  if (oblique === 'instrumental')
    stem = word
      .replace(/([aeiouáéíóúr])jem$/u, '$1')
      // Altayem -> Altay.
      .replace(/yem$/u, 'y')
      .replace(/([cčšžćđj])em$/u, '$1')
      .replace(/([bcdfghjklmnprstvzšžčćđ])om$/u, '$1')
      .replace(/([bcdfghjklmnprstvzšžčćđ])o$/u, '$1a');
  else if (oblique === 'dative') stem = word.replace(/([bcdfghjklmnprstvzšžčćđ])u$/u, '$1');
  else
    stem = word
      // Igorja, Bakhtiyorja -> Igor, Bakhtiyor.
      .replace(/rja$/u, 'r')
      .replace(/ija$/u, 'i')
      .replace(/ua$/u, 'u')
      .replace(/([bcdfghjklmnprstvyzšžčćđ])a$/u, '$1');
  // The fleeting e of the nominative: Alexandrom -> Alexander, Petra -> Peter.
  return stem === word ? word : stem.replace(/([bcdfgkptv])r$/, '$1er');
}

function levenshtein(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let prev = Array.from({ length: b.length + 1 }, (_, k) => k);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let k = 1; k <= b.length; k++) {
      cur[k] = Math.min(
        (prev[k] as number) + 1,
        (cur[k - 1] as number) + 1,
        (prev[k - 1] as number) + (a[i - 1] === b[k - 1] ? 0 : 1),
      );
    }
    prev = cur;
  }
  return prev[b.length] as number;
}

/** Folded word without its case ending, so "Нахаяна" and "Нахаяну" compare equal. */
function nameKey(folded: string): string {
  if (HAS_CYRILLIC.test(folded)) return folded.replace(/(ом|ем|ой|ей|ов|ев|у|ю|а|я|ы|и|е)$/, '');
  return folded;
}

// Word pairs repeat a lot in long releases; the edit distance is the costly part. Bounded, so memory stays flat.
const SAME_WORD_MEMO = new Map<string, boolean>();

function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  // Spelling variants keep the first letter (Vadimir/Vladimir, Mukhriddin/Muhriddin): a cheap filter.
  if (a.charCodeAt(0) !== b.charCodeAt(0) || Math.abs(a.length - b.length) > 3) return false;
  const pair = `${a}\u0000${b}`;
  const known = SAME_WORD_MEMO.get(pair);
  if (known !== undefined) return known;
  if (SAME_WORD_MEMO.size >= 20_000) SAME_WORD_MEMO.clear();
  const same = similarWords(a, b);
  SAME_WORD_MEMO.set(pair, same);
  return same;
}

function similarWords(a: string, b: string): boolean {
  const x = nameKey(a);
  const y = nameKey(b);
  if (x === y) return true;
  const n = Math.min(x.length, y.length);
  if (n < 5) return false;
  return levenshtein(x, y) <= (n >= 8 ? 2 : 1);
}

/**
 * Finds the officials of a release: people named next to an office ("Minister of Foreign Affairs of
 * Turkmenistan Rashid Meredov", "Mukhtar Tleuberdi, Deputy Prime Minister", "Посол ... Хамрохон Зарифи"),
 * merged with their initials, surname-only and transliterated forms elsewhere in the same text.
 */
export function findOfficials(
  text: string,
  tokens: readonly Token[],
  countries: readonly CountryMatch[],
): Official[] {
  const countryAt: (string | null | undefined)[] = new Array(tokens.length);
  for (const m of countries) for (let i = m.first; i <= m.last; i++) countryAt[i] = m.code;
  const g = new Grammar(tokens, countryAt);
  const mentions: Mention[] = [];
  const taken = new Set<number>();

  const roleCountry = (first: number, last: number): string | null => {
    for (let i = first; i <= last; i++) {
      const c = countryAt[i];
      if (c) return c;
    }
    return null;
  };
  const hasCue = (first: number, last: number): boolean => {
    for (let i = Math.max(0, first); i <= last && i < tokens.length; i++) {
      if (isNotOfficialCue((tokens[i] as Token).folded)) return true;
    }
    return false;
  };
  /** Where the role phrase that ends in head `h` starts: modifiers and country adjectives before it. */
  const roleStart = (h: number): number => {
    let s = h;
    while (s > 0) {
      const prev = tokens[s - 1] as Token;
      const cur = tokens[s] as Token;
      if (!/^[ \u00a0]$/.test(cur.gap) && !/^[-\u2010-\u2015]$/.test(cur.gap)) break;
      const isLowerConnector =
        CONNECTORS.has(prev.folded) || FUNCTION_WORDS.has(prev.folded) || COORDINATORS.has(prev.folded);
      if (isLowerConnector) break;
      if (isRoleHead(prev.folded) || isRoleModifier(prev.folded) || countryAt[s - 1] !== undefined) s--;
      else break;
    }
    return s;
  };
  /** End of the complement after a head: "of the Republic of Kazakhstan to the Republic of Slovenia". */
  const complementEnd = (h: number, limit: number): number => {
    let e = h;
    for (let j = h + 1; j < limit && j < tokens.length; j++) {
      const t = tokens[j] as Token;
      if (SENTENCE_GAP.test(t.gap) || t.gap.includes(',')) break;
      if (
        countryAt[j] !== undefined ||
        isRoleHead(t.folded) ||
        isRoleModifier(t.folded) ||
        isNotName(t.folded) ||
        isAcronym(t.text)
      ) {
        e = j;
        continue;
      }
      if (
        CAP_WORD.test(t.text) &&
        (CONNECTORS.has((tokens[j + 1] as Token | undefined)?.folded ?? '') ||
          isNotName((tokens[j + 1] as Token | undefined)?.folded ?? ''))
      ) {
        e = j;
        continue;
      }
      break;
    }
    // A role does not end on a connector.
    while (e > h && CONNECTORS.has((tokens[e] as Token).folded)) e--;
    return e;
  };

  /**
   * The office word whose case the name takes: the first of a chain of offices joined by genitives ("Заместитель
   * министра иностранных дел Ж.Бейшеналиев" is nominative), not one across a verb ("Министр встретилась с Послом
   * ... Айгуль Кузембаевой"). The first part of a hyphenated office shows no case: "Премьер-министру".
   */
  const caseCarrier = (lastHead: number, h: number): number => {
    let c = lastHead;
    for (let k = lastHead - 1; k >= h; k--) {
      const t = tokens[k] as Token;
      const joint = (tokens[k + 1] as Token).gap;
      if (SENTENCE_GAP.test(joint) || joint.includes(',')) break;
      if (isRoleHead(t.folded)) {
        if (!/^[-\u2010-\u2011]$/.test(joint)) c = k;
      } else if (
        !(isRoleModifier(t.folded) || isNotName(t.folded) || countryAt[k] !== undefined || isAcronym(t.text))
      )
        break;
    }
    return c;
  };

  /**
   * The rest of a list after a plural office: "Foreign Ministers Murat Nurtleu of Kazakhstan, Jeenbek Kulubaev of
   * the Kyrgyz Republic, ... and Bakhtiyor Saidov of Uzbekistan", "Presidents Tokayev, Mirziyoyev and Rahmon".
   */
  const readList = (from: number, firstSize: number, role: string, country: string | null): void => {
    let k = from;
    for (let items = 0; items < 12 && k < tokens.length; items++) {
      // The item's own complement: "of the Kyrgyz Republic".
      while (k < tokens.length) {
        const t = tokens[k] as Token;
        if (SENTENCE_GAP.test(t.gap) || t.gap.includes(',')) break;
        if (!(countryAt[k] !== undefined || t.folded === 'of' || t.folded === 'the' || t.folded === 'from'))
          break;
        k++;
      }
      const sep = tokens[k];
      if (!sep || SENTENCE_GAP.test(sep.gap)) return;
      const and = sep.folded === 'and' || sep.folded === 'und' || sep.folded === 'et' || sep.folded === 'и';
      if (!sep.gap.includes(',') && !and) return;
      if (and) k++;
      const next = tokens[k];
      if (!next || (and && SENTENCE_GAP.test(next.gap))) return;
      const run = g.readName(k);
      if (!run || taken.has(run.first) || run.words.length + run.initials.length < Math.min(2, firstSize))
        return;
      if (hasCue(run.first, run.last + 1)) return;
      mentions.push({ ...run, role, country: countryAt[run.last + 2] ?? country, oblique: null });
      taken.add(run.first);
      k = run.last + 1;
    }
  };

  // Pattern A: a role, then the name ("President Kassym-Jomart Tokayev", "Ambassador ... Altay Abibullayev").
  for (let h = 0; h < tokens.length; h++) {
    const head = tokens[h] as Token;
    if (!isRoleHead(head.folded)) continue;
    let lastHead = h;
    let prevKind: 'head' | 'connector' | 'solid' = 'head';
    let sawCue = false;
    let lowerRun = 0;
    // "minister za zunanje zadeve" is Slovenian: the same office word, with lowercase genitives after it.
    const english = isEnglishHead(head.folded) && tokens[h + 1]?.folded !== 'za';
    let afterParen = -1;
    for (let j = h + 1; j < tokens.length && j <= h + 18; j++) {
      const t = tokens[j] as Token;
      // A short lowercase aside inside a role reads through: "to Russia and Uzbekistan (concurrently) Name".
      if (/^ ?\($/.test(t.gap) && j > h + 1) {
        const close = parenthesisEnd(tokens, j);
        if (close > 0) {
          afterParen = close;
          j = close - 1;
          continue;
        }
      }
      if (SENTENCE_GAP.test(t.gap) && !g.isAbbreviationStop(j) && j !== afterParen) break;
      const comma = t.gap.includes(',');
      if (isNotOfficialCue(t.folded)) sawCue = true;
      let run = g.readName(j);
      // Right after "of"/"and" in an English role, the leading capitalised words of a long run finish the
      // institution or place ("Secretary of Commerce Howard Lutnick", "to the UN in New York Batyr Akmuradov").
      if (
        run &&
        english &&
        j === run.first &&
        CONNECTORS.has((tokens[j - 1] as Token | undefined)?.folded ?? '') &&
        run.words.length >= 3 &&
        run.initials.length === 0 &&
        !run.words.some((w) => PARTICLES.has((tokens[w] as Token).folded))
      ) {
        const words = run.words.slice(-2);
        run = { first: words[0] as number, last: run.last, words, initials: [] };
      }
      if (run && !taken.has(run.first)) {
        const size = run.words.length + run.initials.length;
        const next = tokens[run.last + 1];
        const continues =
          next !== undefined &&
          !SENTENCE_GAP.test(next.gap) &&
          !next.gap.includes(',') &&
          CONNECTORS.has(next.folded) &&
          next.folded !== 'and' &&
          // Slovenian "in", Croatian "i", Russian "и" are "and", not a place's "in".
          (english || !COORDINATORS.has(next.folded));
        const direct = prevKind === 'head' && !comma;
        const accept =
          !sawCue && (direct ? true : size >= 2 && (prevKind === 'solid' || comma || !continues));
        if (accept && !(prevKind === 'connector' && continues)) {
          const caseHead = caseCarrier(lastHead, h);
          // The role starts at that office word, not at an earlier office across a verb.
          const start = roleStart(caseHead);
          const roleEnd = run.first - 1;
          let re = roleEnd;
          while (
            re > h &&
            (CONNECTORS.has((tokens[re] as Token).folded) || HONORIFICS.has((tokens[re] as Token).folded))
          )
            re--;
          const role = g.text(start, re, text);
          mentions.push({
            first: run.first,
            last: run.last,
            words: run.words,
            initials: run.initials,
            role,
            country: roleCountry(start, re),
            // The name agrees with the first office word: "Заместитель министра ... Ж.Бейшеналиев" is nominative.
            oblique: obliqueOf(tokens[caseHead] as Token),
          });
          taken.add(run.first);
          if (isPluralHead((tokens[lastHead] as Token).folded))
            readList(run.last + 1, run.words.length, role, roleCountry(start, re));
          break;
        }
        if (comma && size < 2) break;
        // The capitalised words were part of an institution's name: read on.
        j = run.last;
        prevKind = 'solid';
        continue;
      }
      if (
        comma &&
        !(CONNECTORS.has(t.folded) || isNotName(t.folded) || countryAt[j] !== undefined || isAcronym(t.text))
      )
        break;
      if (isRoleHead(t.folded)) {
        lastHead = j;
        prevKind = 'head';
      } else if (HONORIFICS.has(t.folded) && prevKind === 'head') {
        // "President Mr. X", "H. E. Mr. X": keeps the name directly after the office.
      } else if (
        CONNECTORS.has(t.folded) ||
        g.isAbbreviationPart(j) ||
        (t.text === 's' && /^['’]$/.test(t.gap))
      )
        // The possessive "'s" inside a role: "Ambassador-at-Large for Global Women's Issues".
        prevKind = 'connector';
      else if (
        countryAt[j] !== undefined ||
        isRoleModifier(t.folded) ||
        isNotName(t.folded) ||
        isAcronym(t.text)
      ) {
        prevKind =
          prevKind === 'head' && isRoleModifier(t.folded) && !/^\p{Lu}/u.test(t.text) ? 'connector' : 'solid';
        if (
          isRoleModifier(t.folded) &&
          /^\p{Lu}/u.test(t.text) &&
          !isNotName(t.folded) &&
          countryAt[j] === undefined
        )
          prevKind = 'head';
      } else if (
        (!isEnglishHead((tokens[lastHead] as Token).folded) || (lastHead === h && !english)) &&
        /^\p{Ll}/u.test(t.text) &&
        lowerRun < 4
      ) {
        // Inflected languages put lowercase genitives inside a role: "za političke poslove", "в нашей стране".
        lowerRun++;
        prevKind = 'connector';
        continue;
      } else break;
      lowerRun = 0;
    }
  }

  // Pattern B: the name, a comma (or a line break in a signature), then the role ("Mukhtar Tleuberdi, Deputy ...").
  for (let i = 0; i < tokens.length; i++) {
    const run = g.readName(i);
    if (!run) continue;
    const size = run.words.length + run.initials.length;
    const after = tokens[run.last + 1];
    const prevTok = tokens[i - 1];
    const startsClean = !prevTok || !g.isNameWord(i - 1) || !NAME_GAP.test((tokens[i] as Token).gap);
    if (
      size >= 2 &&
      startsClean &&
      after &&
      !taken.has(run.first) &&
      (/^,\s*$/.test(after.gap) || /^\s*\n\s*$/.test(after.gap))
    ) {
      let k = run.last + 1;
      if ((tokens[k] as Token).folded === 'the' || (tokens[k] as Token).folded === 'a') k++;
      const s = k;
      while (
        k < tokens.length &&
        k < s + 4 &&
        !isRoleHead((tokens[k] as Token).folded) &&
        isRoleModifier((tokens[k] as Token).folded)
      )
        k++;
      const head = tokens[k];
      const signature = after.gap.includes('\n');
      // A signature's name stands alone on its line; a headline that ends in a name is not a signature.
      const ownLine = run.first === 0 || (tokens[run.first] as Token).gap.includes('\n');
      if (
        head &&
        isRoleHead(head.folded) &&
        (!signature || (ownLine && /^\p{Lu}/u.test((tokens[s] as Token).text)))
      ) {
        const e = complementEnd(k, k + 16);
        if (!hasCue(s, e)) {
          mentions.push({
            first: run.first,
            last: run.last,
            words: run.words,
            initials: run.initials,
            role: g.text(s, e, text),
            country: roleCountry(s, e),
            oblique: null,
          });
          taken.add(run.first);
        }
      }
    }
    i = run.last;
  }

  const merged = mergeMentions(mentions, tokens);
  const persons = merged.persons;
  const mentionFirsts = new Set(mentions.map((m) => m.first));
  const mentionLasts = new Set(mentions.map((m) => m.last));
  // Officials found by patterns A and B (pattern C's own finds do not count as partners).
  const personFirsts = new Set(mentionFirsts);

  // Pattern C: a full name coordinated with an official ("Vladimir Putin and Emomali Rahmon noted").
  const known = (i: number): boolean => personFirsts.has(i);
  for (let i = 0; i < tokens.length; i++) {
    const run = g.readName(i);
    if (!run) continue;
    if (run.words.length >= 2 && run.initials.length === 0 && !mentionFirsts.has(run.first)) {
      const after = tokens[run.last + 1];
      const before = tokens[i - 1];
      const joinedAfter = after?.folded === 'and' || after?.folded === 'и' || after?.folded === 'und';
      const joinedBefore = before?.folded === 'and' || before?.folded === 'и' || before?.folded === 'und';
      let partner = false;
      if (joinedAfter) {
        const other = g.readName(run.last + 2);
        if (other) {
          const probe: Mention = {
            first: other.first,
            last: other.last,
            words: other.words,
            initials: other.initials,
            role: null,
            country: null,
            oblique: null,
          };
          partner = known(run.last + 2) || persons.some((p) => merged.matches(p, probe));
        }
      }
      if (!partner && joinedBefore) {
        partner = mentionLasts.has(i - 2);
      }
      if (partner && !hasCue(i - 4, run.last + 4)) {
        const m: Mention = {
          first: run.first,
          last: run.last,
          words: run.words,
          initials: [],
          role: null,
          country: null,
          oblique: null,
        };
        mentions.push(m);
        mentionFirsts.add(m.first);
        mentionLasts.add(m.last);
      }
    }
    i = run.last;
  }

  // Pattern D: the names that open a sentence about a call or talks, with an office holder or with each other
  // ("Vladimir Putin had a telephone conversation with President ...", "Владимир Путин провёл телефонный разговор с
  // Президентом ...", "Bakhtiyor Saidov and Jeyhun Bayramov held talks").
  const callAfter = (from: number): number => {
    for (let k = from; k < tokens.length && k <= from + 5; k++) {
      const t = tokens[k] as Token;
      if (SENTENCE_GAP.test(t.gap) || t.gap.includes(',')) return -1;
      if (CALL_WORD.test(t.folded)) return k;
      // Only "had a", "held", "провёл": "wrote a book about the talks with ..." is not a call.
      if (!CALL_VERBS.has(t.folded)) return -1;
    }
    return -1;
  };
  const fullName = (run: NameRun | null): run is NameRun =>
    run !== null && run.words.length >= 2 && run.initials.length === 0 && !mentionFirsts.has(run.first);
  for (let i = 0; i < tokens.length; i++) {
    const run = g.readName(i);
    if (!run) continue;
    const opens = i === 0 || /\n|[.!?]\s/.test((tokens[i] as Token).gap);
    if (opens && fullName(run) && !hasCue(i - 4, run.last + 8)) {
      const joined = tokens[run.last + 1];
      const other = joined && COORDINATORS.has(joined.folded) ? g.readName(run.last + 2) : null;
      const found: NameRun[] = [];
      if (fullName(other)) {
        if (callAfter(other.last + 1) >= 0) found.push(run, other);
      } else {
        const call = callAfter(run.last + 1);
        for (let k = call + 1; call >= 0 && k < tokens.length && k <= call + 4; k++) {
          const t = tokens[k] as Token;
          if (SENTENCE_GAP.test(t.gap)) break;
          if (WITH.has(t.folded)) {
            const next = tokens[k + 1];
            if (next !== undefined && (isRoleHead(next.folded) || mentionFirsts.has(k + 1))) found.push(run);
            break;
          }
        }
      }
      for (const r of found) {
        mentions.push({ ...r, role: null, country: null, oblique: null });
        mentionFirsts.add(r.first);
      }
    }
    i = run.last;
  }

  return describe(mergeMentions(mentions, tokens).persons, tokens, text, g);
}

function wordsOf(m: Mention, tokens: readonly Token[]): string[] {
  return m.words.map((w) => (tokens[w] as Token).folded).filter((w) => !PARTICLES.has(w));
}

function compatible(a: Mention, b: Mention, tokens: readonly Token[]): boolean {
  const x = wordsOf(a, tokens);
  const y = wordsOf(b, tokens);
  if (x.length === 0 || y.length === 0) return false;
  const [short, long, shortM, longM] = x.length <= y.length ? [x, y, a, b] : [y, x, b, a];
  if (short.length === 1) return long.some((w) => sameWord(w, short[0] as string));
  // Every word of the shorter form in the longer one, in order.
  let k = 0;
  for (const w of long) if (k < short.length && sameWord(w, short[k] as string)) k++;
  if (k < short.length) return false;
  const initial = shortM.initials[0];
  if (initial !== undefined && initial < (shortM.words[0] as number)) {
    const letter = (tokens[initial] as Token).folded;
    const firstLong = (tokens[longM.words[0] as number] as Token).folded;
    if (!firstLong.startsWith(letter)) return false;
  }
  return true;
}

/** What {@link compatible} reads of a mention: equal keys give equal answers, so answers are memoised by key. */
function mentionKey(m: Mention, tokens: readonly Token[]): string {
  const initial = m.initials[0];
  const first = m.words[0];
  const letter =
    initial !== undefined && first !== undefined && initial < first ? (tokens[initial] as Token).folded : '';
  return `${wordsOf(m, tokens).join(' ')}|${letter}|${first === undefined ? '' : (tokens[first] as Token).folded}`;
}

/**
 * Groups mentions into persons. A long release repeats the same surface forms many times: comparing each
 * mention with the distinct forms of each person (not with every earlier mention) keeps this linear in the
 * number of mentions, where the plain pairwise comparison took a minute on a 5 MB release.
 */
class MentionMerger {
  readonly persons: Person[] = [];
  private readonly forms = new Map<Person, Map<string, Mention>>();
  private readonly firsts = new Map<Person, number[]>();
  private readonly memo = new Map<string, boolean>();
  private readonly keys = new Map<Mention, string>();

  constructor(private readonly tokens: readonly Token[]) {}

  private keyOf(m: Mention): string {
    let key = this.keys.get(m);
    if (key === undefined) {
      key = mentionKey(m, this.tokens);
      this.keys.set(m, key);
    }
    return key;
  }

  /** Whether `m` can name the same person as one of `p`'s mentions (see {@link compatible}). */
  matches(p: Person, m: Mention): boolean {
    const km = this.keyOf(m);
    for (const [kf, form] of this.forms.get(p) ?? []) {
      const pair = `${kf}\u0000${km}`;
      let ok = this.memo.get(pair);
      if (ok === undefined) {
        ok = compatible(form, m, this.tokens);
        this.memo.set(pair, ok);
      }
      if (ok) return true;
    }
    return false;
  }

  /** Distance from `m` back to the nearest mention of `p` before it (after it counts as very far). */
  private distance(p: Person, m: Mention): number {
    const list = this.firsts.get(p) ?? [];
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((list[mid] as number) <= m.first) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 ? m.first - (list[lo - 1] as number) : 1e9 + (list[0] ?? 0);
  }

  add(m: Mention): void {
    const candidates = this.persons.filter((p) => this.matches(p, m));
    let person: Person;
    if (candidates.length === 0) {
      person = { mentions: [] };
      this.persons.push(person);
      this.forms.set(person, new Map());
      this.firsts.set(person, []);
    } else {
      // The nearest person named before this mention.
      candidates.sort((p, q) => this.distance(p, m) - this.distance(q, m));
      person = candidates[0] as Person;
    }
    person.mentions.push(m);
    const forms = this.forms.get(person) as Map<string, Mention>;
    if (!forms.has(this.keyOf(m))) forms.set(this.keyOf(m), m);
    const list = this.firsts.get(person) as number[];
    let at = list.length;
    while (at > 0 && (list[at - 1] as number) > m.first) at--;
    list.splice(at, 0, m.first);
  }
}

function mergeMentions(mentions: readonly Mention[], tokens: readonly Token[]): MentionMerger {
  const order = [...mentions].sort((a, b) => b.words.length - a.words.length || a.first - b.first);
  const merger = new MentionMerger(tokens);
  for (const m of order) merger.add(m);
  return merger;
}

function describe(
  persons: readonly Person[],
  tokens: readonly Token[],
  text: string,
  g: Grammar,
): Official[] {
  // Capitalised tokens by first letter: the variant scan visits only these.
  const byLetter = new Map<number, number[]>();
  tokens.forEach((t, i) => {
    const c0 = t.text.charAt(0);
    if (c0 === c0.toLowerCase()) return;
    const c = t.folded.charCodeAt(0);
    const list = byLetter.get(c);
    if (list) list.push(i);
    else byLetter.set(c, [i]);
  });
  const out: Array<{ at: number; official: Official }> = [];
  for (const p of persons) {
    const best = [...p.mentions].sort(
      (a, b) => b.words.length - a.words.length || a.first - b.first,
    )[0] as Mention;
    const canonicalWords = best.words.map((w) => nominative((tokens[w] as Token).text, best.oblique));
    let name = best.words.length === 1 || best.initials.length > 0 ? g.text(best.first, best.last, text) : '';
    if (!name) {
      // Rebuild from the tokens with the original separators (keeps U+2011 in "Kassym‑Jomart").
      name = canonicalWords
        .map((w, k) =>
          k === 0 ? w : `${(tokens[best.words[k] as number] as Token).gap.replace(/\s+/g, ' ')}${w}`,
        )
        .join('');
    } else if (best.oblique) name = canonicalWords.join(' ');
    const variants: string[] = [];
    const addVariant = (v: string) => {
      if (!variants.includes(v)) variants.push(v);
    };
    for (const m of [...p.mentions].sort((a, b) => a.first - b.first))
      addVariant(g.text(m.first, m.last, text));
    // Surname forms elsewhere in the text: "Tokayev", "President Tokayev", "Grlić Radman".
    const full = wordsOf(best, tokens);
    const familyFirst = ALL_CAPS.test((tokens[best.words[0] as number] as Token).text);
    const tails = full.length >= 2 ? [full, full.slice(1), full.slice(-1)] : [full];
    if (familyFirst) tails.push(full.slice(0, 1));
    // A surname used alone elsewhere ("Minister Kim" for "Kim Sung-Hwan").
    for (const m of p.mentions) {
      const w = wordsOf(m, tokens);
      if (w.length === 1 && m.initials.length === 0 && !tails.some((t) => t.length === 1 && t[0] === w[0]))
        tails.push(w);
    }
    let earliestFull: { at: number; text: string } | null = null;
    let fuller: string | null = null;
    const starts: number[] = [];
    for (const c of new Set(tails.map((t) => (t[0] ?? '').charCodeAt(0))))
      starts.push(...(byLetter.get(c) ?? []));
    starts.sort((a, b) => a - b);
    let skipTo = -1;
    for (const i of starts) {
      if (i <= skipTo) continue;
      for (const tail of tails) {
        if (tail.length === 0) continue;
        let ok = true;
        for (let k = 0; k < tail.length && ok; k++) {
          const t = tokens[i + k];
          ok =
            t !== undefined &&
            /^\p{Lu}/u.test(t.text) &&
            sameWord(t.folded, tail[k] as string) &&
            (k === 0 || NAME_GAP.test(t.gap));
        }
        if (!ok) continue;
        const last = i + tail.length - 1;
        const before = tokens[i - 1];
        const nextTok = tokens[last + 1];
        // Part of a longer name already counted.
        if (
          before &&
          (g.isNameWord(i - 1) || PARTICLES.has(before.folded)) &&
          NAME_GAP.test((tokens[i] as Token).gap)
        ) {
          // A person known by initials ("Ж.Бейшеналиев") and named in full elsewhere ("Жаныбек Бейшеналиев"):
          // the given name must start with the initial, and the two words must be the whole name.
          const initial = best.initials[0];
          if (
            fuller === null &&
            initial !== undefined &&
            full.length === 1 &&
            tail === tails[0] &&
            g.isNameWord(i - 1) &&
            before.folded.startsWith((tokens[initial] as Token).folded) &&
            !(i > 1 && g.isNameWord(i - 2) && NAME_GAP.test(before.gap)) &&
            !(nextTok && g.isNameWord(last + 1) && NAME_GAP.test(nextTok.gap))
          )
            fuller = g.text(i - 1, last, text);
          break;
        }
        if (before && g.isInitial(i - 1)) {
          // An initials form ("R.Vassilenko"): the variant starts at the first initial.
          let k = i - 1;
          while (k > 0 && g.isInitial(k - 1)) k--;
          // A middle initial ("Kurt M. Campbell") belongs to the full name, not to an initials form.
          const middle =
            k > 0 &&
            full.length >= 2 &&
            (tokens[k - 1] as Token).folded === full[0] &&
            NAME_GAP.test((tokens[k] as Token).gap);
          if (!middle && !(nextTok && g.isNameWord(last + 1) && NAME_GAP.test(nextTok.gap)))
            addVariant(g.text(k, last, text));
          skipTo = last;
          break;
        }
        if (nextTok && g.isNameWord(last + 1) && NAME_GAP.test(nextTok.gap)) break;
        addVariant(g.text(i, last, text));
        if (tail === tails[0] && tail.length >= 2 && earliestFull === null)
          earliestFull = { at: i, text: g.text(i, last, text) };
        const beforeBefore = tokens[i - 2];
        if (
          (tail !== tails[0] || full.length === 1) &&
          before &&
          isRoleHead(before.folded) &&
          /^\p{Lu}/u.test(before.text) &&
          /^[ \u00a0]$/.test((tokens[i] as Token).gap) &&
          !(
            beforeBefore &&
            /^[ \u00a0]$/.test(before.gap) &&
            (isRoleModifier(beforeBefore.folded) || isRoleHead(beforeBefore.folded)) &&
            /^\p{Lu}/u.test(beforeBefore.text)
          )
        ) {
          addVariant(g.text(i - 1, last, text));
        }
        skipTo = last;
        break;
      }
    }
    // The fullest form as first written (a headline spelling over a later transliteration).
    if (earliestFull && !best.oblique && best.initials.length === 0 && earliestFull.at < best.first)
      name = earliestFull.text;
    if (fuller !== null) {
      name = fuller;
      addVariant(fuller);
    }
    const roles = [
      ...new Set(p.mentions.map((m) => m.role).filter((r): r is string => r !== null && r.length > 0)),
    ];
    const country = p.mentions.find((m) => m.country !== null)?.country ?? null;
    out.push({
      // reduce, not Math.min(...): a spread of many thousand mentions overflows the stack.
      at: p.mentions.reduce((min, m) => Math.min(min, m.first), Number.POSITIVE_INFINITY),
      official: { id: officialId(name), name, variants, roles, country },
    });
  }
  return out.sort((a, b) => a.at - b.at).map((o) => o.official);
}
