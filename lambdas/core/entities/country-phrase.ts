/**
 * How the rest of a word may continue after the stem: `none`; `plural` (English and Romance: "s");
 * `cyrillic` (Slavic case endings and the glued Turkic suffixes of Kazakh, Kyrgyz and Uzbek); `turkicCyrillic`
 * (the Turkic suffixes only: indeclinable names such as Перу, Мали take them in Kazakh, nothing in Russian);
 * `latin` (South Slavic, Czech, Slovak, German endings); `polish`; `turkic` (Azerbaijani and Uzbek suffixes,
 * glued to the name); `turkish` (Turkish puts case after an apostrophe, which the tokenizer splits off, so only
 * the derivation "-li" and what follows it is glued: "Kazakistanlı", "Çinliler").
 */
export type SuffixClass =
  | 'none'
  | 'plural'
  | 'cyrillic'
  | 'turkicCyrillic'
  | 'latin'
  | 'polish'
  | 'turkic'
  | 'turkish';

export interface WordPattern {
  readonly stem: string;
  readonly suffix: SuffixClass;
  /** Must start with a capital letter where it occurs. */
  readonly cap: boolean;
  /** An abbreviation: the surface must be exactly this. */
  readonly exact: string | null;
  /**
   * A country name's stem (not a demonym's): a rest that is a surname suffix is refused ("Перов", "Кубаева",
   * "Omanović"), and a short stem right after a capitalised given name is a surname ("Нурлан Ганиев").
   */
  guard: boolean;
  /** An ordinary word of the language when it opens a sentence (Russian "Того же", Polish "Mali"). */
  mid: boolean;
}

export interface Phrase {
  /** null: a phrase that names no country and shadows the shorter country form inside it. */
  readonly code: string | null;
  readonly words: readonly WordPattern[];
}

/** How the words of a country's name inflect in its language: the suffix class its words take. */
export type NameInflection = SuffixClass;
