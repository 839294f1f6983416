/**
 * What the officials extractor knows of one language. Everything language-specific lives in one file per
 * language beside this one (`en.ts`, `ru.ts`, ...), named in `index.ts`; the stages read only these tables.
 *
 * Word lists are whitespace-separated blocks of words, written as in the language (diacritics and case are
 * folded when the tables are built: NFKD, marks removed, lower case, so write "präsident", "Министр" or
 * "ministarstvo" as they are spelled). A word ending in `*` is a stem that takes up to three letters of the
 * language's inflection endings ({@link Language.endings}): "министр*" finds "Министра", "министром".
 * A word starting with `*` is the last part of a compound word of at least ten letters: "*minister" finds
 * "Bundesaußenministerin" and "Staatsministers".
 * Multi-word entries are not allowed: list each word (a role phrase is read word by word).
 */
export interface Language {
  /** ISO 639-1 code, e.g. `sl`; a script variant adds it: `sr-cyrl`, `uz-cyrl`. */
  readonly code: string;
  /** English name of the language, for the README and reports. */
  readonly name: string;
  readonly script: 'latin' | 'cyrillic';
  /**
   * Whether a role phrase may hold lowercase words before the name ("министр иностранных дел X", "minister za
   * zunanje zadeve X", "ministro degli esteri X"). English roles do not: set `false` there.
   * @default true
   */
  readonly lowercaseRoleWords?: boolean;
  /**
   * Whether the office word ends its role phrase, after the country and the body it serves (Turkic: "Avstriyaning
   * Oʻzbekistondagi Favqulodda va muxtor elchisi", "Dışişleri Bakanlığı Sözcüsü"): an apposition between two
   * commas after a name that ends in one of the language's office words is the name's role.
   * @default false
   */
  readonly headFinalRoles?: boolean;
  /**
   * The letters of the language's alphabet that only some languages of its script use, as written (not folded:
   * folding would turn ў into у and ї into і): Ukrainian "іїєґищ", Belarusian "ыэёіў", Polish "ąęłńśźżóć",
   * Azerbaijani "əğışçöü". A word that holds such letters is evidence for the languages that list all of them
   * ("Миколі" holds и and і: Ukrainian or Kazakh, not Belarusian, which has no и, nor Russian, which has no і),
   * so a short release with few stop words is still read by its own tables. List a letter that most languages
   * of the script share (Cyrillic и) when a neighbour lacks it. Omit for a language with no such letter (English).
   */
  readonly letters?: string;
  /**
   * About 30-80 frequent function words (prepositions, conjunctions, auxiliaries, pronouns) that tell this
   * language from its neighbours in the same script: language detection counts them.
   */
  readonly stopWords: string;
  /**
   * Office words that head a role phrase, in every case and number form (or as stems): president, minister,
   * ambassador, speaker, chairman, secretary, deputy, governor, mayor, spokesperson, envoy, consul, director,
   * head, adviser, commissioner, coordinator, rector, registrar, comptroller, auditor, inspector, ombudsperson,
   * rapporteur, delegate, member (of parliament), king, emir, sheikh, prince, chancellor, premier, senator ...
   */
  readonly offices: string;
  /** Plural office forms (all cases) that open a list of names: "Ministers", "министры", "ministri". */
  readonly pluralOffices: string;
  /**
   * Words that qualify an office inside a role phrase without naming it: deputy, first, vice, prime, foreign,
   * state, extraordinary, plenipotentiary, special, permanent, acting, general, chief, senior ... (all case forms).
   */
  readonly modifiers: string;
  /**
   * Lowercase words that join the parts of a role phrase: "of", "the", "for", "to", "za", "по", "für", "de la",
   * and the lowercase genitive words of ministries that stand inside roles in inflected languages ("иностранных",
   * "дел", "zunanje", "zadeve", "esteri", "exteriores"): each may stand inside a role before the name.
   */
  readonly connectors: string;
  /**
   * Honorifics, styles and epithets that stand before (or inside) a name but are not part of it, in every
   * case form: Mr, Mrs, Ms, Dr, H.E. parts, Herr/Herrn/Frau, господин/господина/г-н parts, pan/pani/pana,
   * señor/señora/don/doña, signor/signora, senhor, bay/bayan, hanım, gospod/gospoda, Shri, Smt, Sheikh-style
   * styles that are titles rather than names. Write one-letter abbreviation parts too ("h", "e" for H.E.).
   */
  readonly honorifics: string;
  /**
   * Styles given only to office holders (ambassadors, ministers, heads of state): "Excellency", "Honourable",
   * and dotted abbreviations written joined ("he" for "H.E."). A name after one is an official's. Words of
   * three letters or more, or two-letter abbreviations; each is also an honorific.
   */
  readonly officeStyles?: string;
  /**
   * Titles of peers that are part of the name they stand before, with its territorial designation: "Lord Collins
   * of Highbury", "Baroness Hale of Richmond", "Lord Cameron". A peer named in a release sits in a legislature or
   * a government: the name counts as an official's.
   */
  readonly peerages?: string;
  /**
   * Capitalised words of institutions, bodies, places, events and dates that are never part of a person's
   * name: ministry, parliament, council, committee, agency, bank, university, republic, federation, kingdom,
   * month and weekday names, capital cities, adjectives of institutions ("Federal", "National") ...
   */
  readonly institutions: string;
  /** Names of world regions and sub-regions (Nordeuropa, Baltikum, Nahost, Ближний Восток parts, Sahel ...). */
  readonly regions: string;
  /** Words after or before which a name is a company's, a journalist's or a historical person's. */
  readonly cues: string;
  /**
   * Words that make a cue which is also an office word a company's title when they stand right before it:
   * "Chief Executive Officer", "Chief Financial Officer" are company staff, "Desk Officer" and "Liaison Officer"
   * hold a public post. A cue that is an office word ("officer") is a cue only after one of these.
   */
  readonly companyTitles?: string;
  /** The conjunction "and" (and its forms): joins coordinated names and list items. */
  readonly and: string;
  /** The preposition "with" (all forms): "talks with President X". */
  readonly with: string;
  /** Words of a call or of talks (stems allowed): telephone, conversation, talks, call, meeting, переговор*. */
  readonly callWords: string;
  /** Words that may stand between a name and a call word: had, held, a, the, video, bilateral, провел. */
  readonly callVerbs: string;
  /**
   * The word that introduces the office a named person holds, takes or leaves, right before the role: English
   * "as" ("appointed Anna Berg as Ambassador to Chile"), German "als", Spanish and Portuguese "como", Italian
   * "come", French "tant" (of "en tant que"), Russian "качестве" (of "в качестве"); stop words may stand around
   * it. Omit for a language whose word for it is also common elsewhere before an office.
   */
  readonly asWords?: string;
  /**
   * Verbs of succession before a name and its "as" role ("Mark Jansen succeeded Erik Solberg as Secretary
   * General"): the subject before the verb takes the role too.
   */
  readonly succeedVerbs?: string;
  /** Words that end a name as its patronymic marker: Kyrgyz "uulu", "kyzy"; Azerbaijani "oğlu", "qızı". */
  readonly patronymics?: string;
  /** Lowercase particles inside names: von, van, der, de, da, di, del, bin, ibn, al, el, аль. */
  readonly particles: string;
  /**
   * Inflection endings of the language (folded), longest first or in any order: what may follow a stem
   * marked `*`. Empty for a language without inflection (English).
   */
  readonly endings: string;
  /**
   * Surname endings typical of the language's own names (folded), e.g. `ov ova ev eva in ina sky` or
   * `ić ović ević` or `enko uk chuk`: positive evidence that a capitalised word is a surname.
   */
  readonly surnameEndings: string;
  /**
   * Common given names of the language's own people, as its releases write them (folded on build), beside the
   * generated lexicon of Western given names: Kazakh "Қасым Нұрсұлтан", Uzbek "Shavkat Bakhtiyor".
   */
  readonly givenNames?: string;
  /**
   * Endings of common nouns that never end a person's name in this language (English "-tion", "-ment";
   * German "-ung", "-schaft"): a capitalised word with one is no name word.
   */
  readonly nounEndings?: string;
  /**
   * Endings of the language's finite verbs (folded) that no lowercase word inside a role phrase has: Polish
   * past tense "-ł", "-ła" ("Ambasador oddał ..."). A role read over lowercase words stops at one.
   */
  readonly verbEndings?: string;
  /**
   * The grammatical case a name takes after an office word, read from the office word's ending: the first
   * rule whose pattern matches the folded office word wins. Omit for a language without case on names.
   */
  readonly officeCase?: readonly CaseRule[];
  /**
   * Prepositions that govern a case, per case (words as written, space-separated): Russian "с со" the
   * instrumental. An office chain starts after one whose case the office word after it shows ("размова
   * Прэзідэнта Беларусі з Прэзідэнтам Францыі X": X agrees with "Прэзідэнтам"), and a name right after one, or
   * after an honorific after one, takes its case when no office word shows it ("са г-дином Хансом Мајером,
   * амбасадором ..."). Omit for a language without case on names.
   */
  readonly prepositionCases?: Partial<Record<NameCase, string>>;
  /**
   * A feminine office word (folded), which a woman's name follows: its words take
   * {@link Language.feminineNominative} first ("са министарком Аном Лоренц" is "Ана Лоренц", not "Ан").
   */
  readonly feminineOffice?: RegExp;
  /** Rewrites of a woman's name word to its nominative, per case, tried before {@link Language.nominative}. */
  readonly feminineNominative?: Partial<Record<NameCase, readonly Rewrite[]>>;
  /**
   * Rewrites of a name word in an oblique case back to its nominative, per case: the first rule whose
   * pattern matches the word (as written, not folded) wins. Omit for a language without case on names.
   */
  readonly nominative?: Partial<Record<NameCase, readonly Rewrite[]>>;
  /**
   * Case endings stripped from a name word when two forms are compared ("Нахаяна" and "Нахаяну" name one
   * person): the longest that matches is stripped. Omit for a language without case on names.
   */
  readonly caseEndings?: string;
  /**
   * Case suffixes glued to any name word whatever office precedes it (agglutinative languages: Kazakh
   * "Тоқаевпен", Turkish and Azerbaijani suffixes after an apostrophe are split by the tokenizer already):
   * the first rule whose pattern matches the word as written wins, and gives the nominative.
   */
  readonly nameSuffixes?: readonly Rewrite[];
}

/** The grammatical cases in which a name follows an office word; accusative reads like the genitive. */
export type NameCase = 'genitive' | 'dative' | 'instrumental' | 'locative';

/** An ending rule on a folded office word: `[/om$/, 'instrumental']`. */
export type CaseRule = readonly [pattern: RegExp, nameCase: NameCase];

/** A rewrite of a word's ending: `[/(ов|ев)ым$/, '$1']` (String.prototype.replace semantics). */
export type Rewrite = readonly [pattern: RegExp, replacement: string];

/** The nominative of `word` in `nameCase` by the language's rules, or the word itself when no rule applies. */
export function nominativeOf(lang: Language, word: string, nameCase: NameCase | null): string {
  for (const [pattern, replacement] of lang.nameSuffixes ?? [])
    if (pattern.test(word)) return word.replace(pattern, replacement);
  if (nameCase === null) return word;
  for (const [pattern, replacement] of lang.nominative?.[nameCase] ?? [])
    if (pattern.test(word)) return word.replace(pattern, replacement);
  return word;
}

/** The case a name takes after the folded office word `office`, by the language's rules, or null. */
export function caseAfter(lang: Language, office: string): NameCase | null {
  for (const [pattern, nameCase] of lang.officeCase ?? []) if (pattern.test(office)) return nameCase;
  return null;
}

/**
 * How each field of a {@link Language} is packed for the bundle (scripts/generate-language-tables.ts): word
 * lists are folded word by word, the other fields (names, flags, case rules) are kept as they are.
 */
export const LANGUAGE_FIELDS = {
  code: 'data',
  name: 'data',
  script: 'data',
  lowercaseRoleWords: 'data',
  headFinalRoles: 'data',
  letters: 'data',
  stopWords: 'words',
  offices: 'words',
  pluralOffices: 'words',
  modifiers: 'words',
  connectors: 'words',
  honorifics: 'words',
  officeStyles: 'words',
  peerages: 'words',
  institutions: 'words',
  regions: 'words',
  cues: 'words',
  companyTitles: 'words',
  and: 'words',
  with: 'words',
  callWords: 'words',
  callVerbs: 'words',
  asWords: 'words',
  succeedVerbs: 'words',
  patronymics: 'words',
  particles: 'words',
  endings: 'words',
  surnameEndings: 'words',
  givenNames: 'words',
  nounEndings: 'words',
  verbEndings: 'words',
  officeCase: 'data',
  prepositionCases: 'data',
  feminineOffice: 'data',
  feminineNominative: 'data',
  nominative: 'data',
  caseEndings: 'words',
  nameSuffixes: 'data',
} as const satisfies Record<keyof Language, 'words' | 'data'>;
