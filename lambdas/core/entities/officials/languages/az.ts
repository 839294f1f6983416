import type { Language } from './language';

/**
 * Azerbaijani. The office follows its genitive complement and takes the possessive suffix: "Azərbaycan
 * Respublikasının Prezidenti İlham Əliyev", "xarici işlər naziri Ceyhun Bayramov", "Baş nazirin müavini".
 * Unlike Turkish, case suffixes are glued to proper names without an apostrophe ("Əliyevin", "Bayramovla",
 * "Qafarovaya"), so {@link az.nameSuffixes} strips them from surname-shaped words only. Office and institution
 * forms are generated from the stem by vowel harmony.
 */

const VOWEL = /[aeəıioöuü]/;
const SOFT: Record<string, string> = { k: 'y', q: 'ğ' };
const HIGH: Record<string, string> = {
  a: 'ı',
  ı: 'ı',
  o: 'u',
  u: 'u',
  e: 'i',
  ə: 'i',
  i: 'i',
  ö: 'ü',
  ü: 'ü',
};

function lastVowel(word: string): string {
  for (let k = word.length - 1; k >= 0; k--) if (VOWEL.test(word[k] ?? '')) return word[k] as string;
  return 'ə';
}

/**
 * Appends a suffix written with archiphonemes: `A` a/ə, `I` ı/i/u/ü; a bracketed letter is a buffer kept only
 * after a vowel ("(n)In", "(y)A", "(s)I") or, for `(I)`, only after a consonant. With `soft`, a final k/q of
 * the stem softens before a vowel (nazirlik -> nazirliyi, konsulluq -> konsulluğu).
 */
function add(word: string, suffix: string, soft = false): string {
  let out = word;
  for (const part of suffix.match(/\(.\)|./g) ?? []) {
    const afterVowel = VOWEL.test(out.at(-1) ?? '');
    let p = part;
    if (part.length === 3) {
      const buffer = part[1] as string;
      if ((buffer === 'I') === afterVowel) continue;
      p = buffer;
    }
    const letter =
      p === 'A'
        ? 'aıou'.includes(lastVowel(out))
          ? 'a'
          : 'ə'
        : p === 'I'
          ? (HIGH[lastVowel(out)] ?? 'i')
          : p;
    if (soft && out === word && VOWEL.test(letter)) {
      const last = out.at(-1) ?? '';
      if (SOFT[last]) out = out.slice(0, -1) + SOFT[last];
    }
    out += letter;
  }
  return out;
}

/** Nominative, genitive, dative, accusative, locative, ablative, instrumental, attributive locative (Bakıdakı). */
const CASES = ['', '(n)In', '(y)A', '(n)I', 'dA', 'dAn', '(y)lA', 'dAkI'];
const AFTER_POSSESSIVE = ['', 'nIn', 'nA', 'nI', 'ndA', 'ndAn', 'ylA', 'ndAkI'];

function cases(stem: string, soft = false): string[] {
  return CASES.map((c) => add(stem, c, soft));
}

/** Third-person possessive ("naziri", "nümayəndəsi") in every case. */
function possessed(stem: string, soft = false): string[] {
  const p = add(stem, '(s)I', soft);
  return AFTER_POSSESSIVE.map((c) => add(p, c));
}

function ours(stem: string, soft = false): string[] {
  return cases(add(stem, '(I)mIz', soft));
}

function singular(stem: string, soft = false): string[] {
  return [...cases(stem, soft), ...possessed(stem, soft), ...ours(stem, soft)];
}

function plural(stem: string): string[] {
  return singular(add(stem, 'lAr'));
}

function list(...blocks: readonly (string | readonly string[])[]): string {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const block of blocks)
    for (const w of typeof block === 'string' ? block.split(/\s+/) : block) {
      const key = w.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
      if (w.length === 0 || seen.has(key)) continue;
      seen.add(key);
      out.push(w);
    }
  return out.join(' ');
}

const OFFICE_NOUNS: readonly (readonly [string, boolean?])[] = [
  ['prezident'],
  ['vitse-prezident'],
  ['nazir'],
  ['premyer'],
  ['premyer-nazir'],
  ['müavin'],
  ['səfir'],
  ['elçi'],
  ['vəkil'],
  ['konsul'],
  ['nümayəndə'],
  ['sədr'],
  ['spiker'],
  ['deputat'],
  ['senator'],
  ['qubernator'],
  ['mer'],
  ['başçı'],
  ['rəis'],
  ['rəhbər'],
  ['müdir'],
  ['direktor'],
  ['lider'],
  ['sözçü'],
  ['katib'],
  ['köməkçi'],
  ['müşavir'],
  ['komissar'],
  ['koordinator'],
  ['rektor'],
  ['auditor'],
  ['müfəttiş'],
  ['ombudsman'],
  ['müvəkkil'],
  ['məruzəçi'],
  ['üzv'],
  ['kral'],
  ['kraliça'],
  ['əmir'],
  ['şeyx'],
  ['şahzadə'],
  ['sultan'],
  ['imperator'],
  ['kansler'],
  ['həmkar'],
  ['prokuror'],
  ['patriarx'],
  ['papa'],
  ['müfti'],
  ['şeyxülislam'],
];

const offices = list(OFFICE_NOUNS.flatMap(([stem, soft]) => singular(stem, soft)));
const pluralOffices = list(OFFICE_NOUNS.flatMap(([stem]) => plural(stem)));

const INSTITUTION_NOUNS: readonly (readonly [string, boolean?])[] = [
  ['nazirlik', true],
  ['respublika'],
  ['krallıq', true],
  ['əmirlik', true],
  ['federasiya'],
  ['hökumət'],
  ['səfirlik', true],
  ['konsulluq', true],
  ['nümayəndəlik', true],
  ['katiblik', true],
  ['prokurorluq', true],
  ['administrasiya'],
  ['aparat'],
  ['kabinet'],
  ['məclis'],
  ['parlament'],
  ['senat'],
  ['konqres'],
  ['komitə'],
  ['komissiya'],
  ['şura'],
  ['agentlik', true],
  ['xidmət'],
  ['universitet'],
  ['akademiya'],
  ['institut'],
  ['bank'],
  ['mərkəz'],
  ['fond'],
  ['təşkilat'],
  ['ittifaq'],
  ['birlik', true],
  ['tərəfdaşlıq', true],
  ['əməkdaşlıq', true],
  ['palata'],
  ['muzey'],
  ['teatr'],
  ['kitabxana'],
  ['filarmoniya'],
  ['məhkəmə'],
  ['departament'],
  ['şöbə'],
  ['idarə'],
  ['qurum'],
  ['forum'],
  ['sammit'],
  ['konfrans'],
  ['dialoq'],
  ['platforma'],
  ['proqram'],
  ['dövlət'],
  ['millət'],
  ['hakimiyyət'],
  ['heyət'],
  ['tədbir'],
  ['səfər'],
  ['mərasim'],
];

const MONTHS = 'yanvar fevral mart aprel may iyun iyul avqust sentyabr oktyabr noyabr dekabr';
const CAPITALS = `bakı ankara astana daşkənd bişkek aşqabad düşənbə moskva vaşinqton brüssel london paris berlin vyana
  pekin tokio tehran tbilisi yerevan kiyev minsk roma cenevrə istanbul varşava budapeşt praqa belqrad sofiya
  buxarest afina qahirə riyad doha islamabad kabil dehli seul gəncə sumqayıt naxçıvan şuşa`;

const institutions = list(
  INSTITUTION_NOUNS.flatMap(([stem, soft]) => singular(stem, soft)),
  INSTITUTION_NOUNS.flatMap(([stem]) => cases(add(stem, 'lAr'))),
  `milli beynəlxalq mərkəzi birləşmiş millətlər federal strateji hökumətlərarası iqtisadi xin bmt nato
  azərtac apa trend`,
  MONTHS.split(' ').flatMap((m) => cases(m)),
  'bazar ertəsi çərşənbə axşamı cümə şənbə',
  CAPITALS.split(/\s+/).flatMap((c) => cases(c)),
);

const REGIONS = `asiya mərkəzi qafqaz cənubi şimali yaxın şərq qərb avropa afrika balkanlar körfəz körfəzi xəzər
  avrasiya sakit okean latın amerikası aralıq dənizi qara türk dünyası sahel baltik skandinaviya arktika`;

export const az: Language = {
  code: 'az',
  name: 'Azerbaijani',
  script: 'latin',
  headFinalRoles: true,
  letters: 'əğışçöü',
  stopWords: `və ilə üçün olaraq tərəfindən həmçinin lakin amma ki bu də da isə kimi daha çox görə sonra əvvəl
    arasında üzrə barədə haqqında olan olub edib edilib bildirib qeyd edilmişdir oldu etdi ölkələr ölkəmiz öz
    onun onlar biz hər iki ikitərəfli əlaqələrin sahəsində çərçivəsində zamanı`,
  offices,
  pluralOffices,
  modifiers: `birinci xüsusi daimi fövqəladə səlahiyyətli baş müvəqqəti vəzifəsini icra edən böyük keçmiş yeni
    dövlət fəxri vitse`,
  connectors: `xarici işlər daxili iqtisadiyyat maliyyə ədliyyə müdafiə səhiyyə təhsil elm mədəniyyət energetika
    kənd təsərrüfatı ekologiya təbii sərvətlər rəqəmsal inkişaf nəqliyyat rabitə yüksək texnologiyalar əmək
    əhalinin sosial müdafiəsi gənclər idman fövqəladə hallar turizm ticarət sənaye iqtisadi gömrük vergilər
    miqrasiya diaspor diasporla iş üzrə üçün yanında nəzdində məsələləri siyasət siyasəti hüquqları insan
    mətbuat xidmətinin xidməti şöbəsinin şöbəsi əlaqələr protokol protokolu və respublikasının`,
  honorifics: list(
    'dr prof akademik hörmətli möhtərəm əlahəzrət zati zati-aliləri zati-alilərinin zati-alilərinə',
    possessed('alilər'),
    singular('cənab'),
    singular('xanım'),
    singular('bəy'),
    ['həzrətlər', 'əlahəzrətlər'].flatMap((s) => possessed(s)),
  ),
  institutions,
  regions: list(REGIONS.split(/\s+/).flatMap((r) => cases(r))),
  cues: list(
    singular('şirkət'),
    singular('holdinq'),
    singular('jurnalist'),
    singular('müxbir'),
    singular('yazıçı'),
    singular('şair'),
    singular('tarixçi'),
    `mmc asc qsc ltd inc gmbh ceo rəssam bəstəkar aktyor müğənni fotoqraf redaktor filosof mərhum ümummilli
    lider banisi qurucusu şəhid`,
  ),
  and: 'və ilə həmçinin',
  with: 'ilə birlikdə',
  callWords: list(
    singular('telefon'),
    singular('danışıq', true),
    plural('danışıq'),
    singular('görüş'),
    plural('görüş'),
    singular('söhbət'),
    singular('müzakirə'),
    plural('müzakirə'),
    'görüşüb görüşdü danışıb telefonla videokonfrans videoformatda video',
  ),
  callVerbs: `bir ikitərəfli telefonla video formatında vasitəsilə keçirib keçirdi aparıb apardı olub oldu qəbul
    edib etdi ilə görüşüb`,
  particles: 'von der van de da di del bin ibn al el',
  endings: `ı i u a ə ya yə nı ni nu ın in un nın nin nun na nə da də dan dən la lə yla ylə sı si su lar lər
    ım im um`,
  surnameEndings: 'ov ova ev eva yev yeva zadə',
  nameSuffixes: [
    // A suffix after an apostrophe, as some writers set it on foreign names: Blinken'in, Fidan'la.
    [/^(\p{Lu}[\p{L}.-]*)['’](?:n?[ıiuü]n|y?[ıiuüaə]|y?l[aə]|d[aə]n?)$/u, '$1'],
    // Feminine -ova/-eva ends in a vowel: Qafarovanın, Əliyevaya, Hüseynovanı, Qafarovayla, Məmmədovadan.
    [/^(\p{Lu}\p{L}{2,}(?:ov|ev)a)(?:nın|ya|nı|yla|da|dan)$/u, '$1'],
    // Paşazadənin, Rəsulzadəyə, Abbaszadəni, Paşazadəylə.
    [/^(\p{Lu}\p{L}+zadə)(?:nin|yə|ni|ylə|də|dən)$/u, '$1'],
    // Masculine -ov (back vowel): Bayramovun, Bayramovu, Bayramovla, Bayramovdan. No dative: Bayramova is the
    // feminine nominative too.
    [/^(\p{Lu}\p{L}{2,}ov)(?:un|u|la|da|dan)$/u, '$1'],
    // Masculine -ev/-yev (front vowel): Əliyevin, Əliyevi, Əliyevə, Əliyevlə, Əliyevdən.
    [/^(\p{Lu}\p{L}{2,}ev)(?:in|i|ə|lə|də|dən)$/u, '$1'],
    // -lı/-li/-lu/-lü family names: Qasımlının, Cəfərliyə, Novruzluya, Köçərliylə.
    [/^(\p{Lu}\p{L}{2,}(?:lı|li|lu|lü))(?:nın|nin|nun|nün|ya|yə|yla|ylə)$/u, '$1'],
    // Foreign surnames of a known shape: Putinin, Putinlə; Zelenskinin, Zelenskiyə; Şevçenkonun, Şevçenkoya.
    [/^(\p{Lu}\p{L}+ski)(?:nin|yə|ni|ylə)$/u, '$1'],
    [/^(\p{Lu}\p{L}+enko)(?:nun|ya|nu|yla)$/u, '$1'],
    // Georgian surnames: Kobaidzenin, Kobaidzeyə; Qelaşvilinin, Qelaşviliyə.
    [/^(\p{Lu}\p{L}+(?:dze|şvili))(?:nin|yə|ni|ylə|də|dən)$/u, '$1'],
    // Russian -in last, after the shapes that also end in it (Zelenskinin).
    [/^(\p{Lu}\p{L}{2,}in)(?:in|lə)$/u, '$1'],
  ],
};
