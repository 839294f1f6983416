import type { Token } from '../../text/tokenize';
import type { CountryMatch } from '../country-gazetteer';
import { tokenFacts, type WordFacts } from '../word-facts';
import type { ReleaseLanguages } from './detect-languages';
import { KIND_BIT, lexicon, NO_LOWERCASE_BIT, type WordKind } from './lexicon';
import { ORGANISATION_ACRONYMS } from './organisation-acronyms';
import { HYPHEN, LETTER_FIRST, UPPER_FIRST } from './shapes';

const OFFICE = KIND_BIT.offices | KIND_BIT.pluralOffices;
// A headline with this share of capitalised words (of four letters or more) is written in title case.
const TITLE_CASE_SHARE = 0.8;
const MODIFIER = KIND_BIT.modifiers | KIND_BIT.connectors | KIND_BIT.and;
const NOT_NAME = KIND_BIT.institutions | KIND_BIT.regions | KIND_BIT.honorifics;

/**
 * The tokens of a release, each classified once against every language table: what kinds of word it is
 * (office, modifier, connector, honorific, institution, country ...). The stages ask these questions only.
 */
export class Words {
  private readonly bits: Uint32Array;
  private readonly countryAt: (string | null | undefined)[];

  constructor(
    readonly tokens: readonly Token[],
    countries: readonly CountryMatch[],
    readonly languages: ReleaseLanguages,
    /** The release text the tokens index into. */
    readonly text: string,
  ) {
    const lex = lexicon();
    const local = new Map<string, number>();
    const flagsOf = (folded: string): number => {
      let bits = local.get(folded);
      if (bits === undefined) {
        bits = lex.flagsIn(folded, languages.activeMask);
        local.set(folded, bits);
      }
      return bits;
    };
    this.bits = new Uint32Array(tokens.length);
    const facts = tokenFacts(tokens);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      this.bits[i] = lex.flagsOfWord(facts[i] as WordFacts, languages.activeMask);
      // The tokenizer splits at hyphens; the tables list hyphenated words whole ("porte-parole",
      // "primeiro-ministro"): the last part reads as the whole word, the first as a modifier of it.
      if (i > 0 && HYPHEN.test(t.gap)) {
        const whole = flagsOf(`${(tokens[i - 1] as Token).folded}-${t.folded}`);
        if (whole !== 0) {
          this.bits[i] = (this.bits[i] as number) | whole;
          if (whole & OFFICE) this.bits[i - 1] = (this.bits[i - 1] as number) | KIND_BIT.modifiers;
        }
      }
    }
    this.countryAt = new Array(tokens.length);
    for (const m of countries) for (let i = m.first; i <= m.last; i++) this.countryAt[i] = m.code;
  }

  private body = -1;
  private titleCase: boolean | null = null;

  /** The first token of the body: the headline comes first, and a blank line ends it. */
  bodyStart(): number {
    if (this.body < 0) {
      this.body = this.tokens.length;
      for (let i = 1; i < this.tokens.length; i++) {
        if ((this.tokens[i] as Token).gap.includes('\n\n')) {
          this.body = i;
          break;
        }
      }
    }
    return this.body;
  }

  /** Whether the headline capitalises its words (most words of four letters or more start with a capital). */
  isTitleCaseHeadline(): boolean {
    if (this.titleCase === null) {
      const words = this.tokens
        .slice(0, this.bodyStart())
        .filter((t) => t.text.length >= 4 && LETTER_FIRST.test(t.text));
      const capitals = words.filter((t) => UPPER_FIRST.test(t.text)).length;
      this.titleCase = words.length >= 3 && capitals >= words.length * TITLE_CASE_SHARE;
    }
    return this.titleCase;
  }

  get length(): number {
    return this.tokens.length;
  }

  tok(i: number): Token | undefined {
    return this.tokens[i];
  }

  /** The token at `i`, which the caller knows is there. */
  at(i: number): Token {
    return this.tokens[i] as Token;
  }

  folded(i: number): string {
    return this.tokens[i]?.folded ?? '';
  }

  is(i: number, kind: WordKind): boolean {
    return ((this.bits[i] ?? 0) & KIND_BIT[kind]) !== 0;
  }

  /** An office word, singular or plural: President, Министра, veleposlanika, Außenminister. */
  isOffice(i: number): boolean {
    return ((this.bits[i] ?? 0) & OFFICE) !== 0;
  }

  /**
   * Whether a language whose roles hold no lowercase words (English) lists the word at `i` as this kind: its
   * office words, its connectors ("of"), its "and".
   */
  isNoLowercase(i: number, kind: keyof typeof NO_LOWERCASE_BIT): boolean {
    return ((this.bits[i] ?? 0) & NO_LOWERCASE_BIT[kind]) !== 0;
  }

  /** A word that may stand inside a role phrase without naming the office. */
  isModifier(i: number): boolean {
    return ((this.bits[i] ?? 0) & MODIFIER) !== 0;
  }

  /**
   * A company, journalist or writer cue at `i`. A cue that is also an office word ("officer") is one only after a
   * company title: "Chief Executive Officer" is company staff, "Desk Officer" is not.
   */
  isCue(i: number): boolean {
    if (!this.is(i, 'cues')) return false;
    return !this.isOffice(i) || (i > 0 && this.is(i - 1, 'companyTitles'));
  }

  /** A word of an institution, a region, a date or an honorific: never part of a name. */
  isNotName(i: number): boolean {
    return ((this.bits[i] ?? 0) & NOT_NAME) !== 0;
  }

  isCountry(i: number): boolean {
    return this.countryAt[i] !== undefined;
  }

  /** The country code of a country match over token `i` (null: a non-country phrase), or undefined. */
  countryOf(i: number): string | null | undefined {
    return this.countryAt[i];
  }

  isAcronym(i: number): boolean {
    const t = this.tokens[i];
    return t !== undefined && ORGANISATION_ACRONYMS.has(t.text);
  }

  /** The release text from token `first` to token `last`, as written. */
  slice(first: number, last: number): string {
    return this.text.slice(this.at(first).start, this.at(last).end);
  }
}
