import type { Language } from './language';

/**
 * Uzbek in the Cyrillic script. The office follows its complement and takes the possessive suffix: "Ташқи ишлар
 * вазири Бахтиёр Саидов", "Ўзбекистон Республикаси Президенти", "Сенат Раиси", "вазир ўринбосари". Case
 * suffixes are glued to names ("Саидовнинг", "Мирзиёевга", "Нарбаевани"), so {@link uzCyrl.nameSuffixes}
 * strips them from surname-shaped words only; "with" is the postposition "билан".
 */

const VOWEL = /[аеёиоуўэюя]/;
const SOFT: Record<string, string> = { к: 'г', қ: 'ғ' };

/**
 * Appends a suffix; `G` is the dative consonant (ка after к, қа after қ, га elsewhere); a bracketed letter is a
 * buffer kept only after a vowel ("(с)и") or, for `(и)`, only after a consonant ("(и)миз"). With `soft`, a
 * final к/қ of the stem softens before a vowel (вазирлик -> вазирлиги, бошлиқ -> бошлиғи).
 */
function add(word: string, suffix: string, soft = false): string {
  let out = word;
  for (const part of suffix.match(/\(.\)|./g) ?? []) {
    const afterVowel = VOWEL.test(out.at(-1) ?? '');
    let p = part;
    if (part.length === 3) {
      const buffer = part[1] as string;
      if ((buffer === 'и') === afterVowel) continue;
      p = buffer;
    }
    const letter = p === 'G' ? (out.endsWith('к') ? 'к' : out.endsWith('қ') ? 'қ' : 'г') : p;
    if (soft && out === word && VOWEL.test(letter)) {
      const last = out.at(-1) ?? '';
      if (SOFT[last]) out = out.slice(0, -1) + SOFT[last];
    }
    out += letter;
  }
  return out;
}

/** Nominative, genitive, dative, accusative, locative, ablative, attributive locative (Тошкентдаги). */
const CASES = ['', 'нинг', 'Gа', 'ни', 'да', 'дан', 'даги'];

function cases(stem: string): string[] {
  return CASES.map((c) => add(stem, c));
}

/** Third-person possessive ("вазири", "элчиси") in every case. */
function possessed(stem: string, soft = false): string[] {
  return cases(add(stem, '(с)и', soft));
}

function ours(stem: string, soft = false): string[] {
  return cases(add(stem, '(и)миз', soft));
}

function singular(stem: string, soft = false): string[] {
  return [...cases(stem), ...possessed(stem, soft), ...ours(stem, soft)];
}

function plural(stem: string): string[] {
  return singular(add(stem, 'лар'));
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
  ['президент'],
  ['вице-президент'],
  ['вазир'],
  ['премьер'],
  ['премьер-вазир'],
  ['ўринбосар'],
  ['элчи'],
  ['вакил'],
  ['консул'],
  ['спикер'],
  ['раис'],
  ['депутат'],
  ['сенатор'],
  ['ҳоким'],
  ['губернатор'],
  ['мэр'],
  ['котиб'],
  ['директор'],
  ['раҳбар'],
  ['бошлиқ', true],
  ['лидер'],
  ['етакчи'],
  ['маслаҳатчи'],
  ['ёрдамчи'],
  ['комиссар'],
  ['координатор'],
  ['ректор'],
  ['аудитор'],
  ['инспектор'],
  ['омбудсман'],
  ['маърузачи'],
  ['делегат'],
  ['аъзо'],
  ['қирол'],
  ['қиролича'],
  ['амир'],
  ['шайх'],
  ['шаҳзода'],
  ['султон'],
  ['император'],
  ['канцлер'],
  ['ҳамкасб'],
  ['музокарачи'],
  ['прокурор'],
  ['патриарх'],
  ['папа'],
  ['муфтий'],
];

const offices = list(OFFICE_NOUNS.flatMap(([stem, soft]) => singular(stem, soft)));
const pluralOffices = list(OFFICE_NOUNS.flatMap(([stem]) => plural(stem)));

const INSTITUTION_NOUNS: readonly (readonly [string, boolean?])[] = [
  ['вазирлик', true],
  ['республика'],
  ['қироллик', true],
  ['амирлик', true],
  ['федерация'],
  ['ҳукумат'],
  ['элчихона'],
  ['консуллик', true],
  ['ваколатхона'],
  ['котибият'],
  ['администрация'],
  ['аппарат'],
  ['маҳкама'],
  ['мажлис'],
  ['парламент'],
  ['сенат'],
  ['конгресс'],
  ['палата'],
  ['музей'],
  ['театр'],
  ['кутубхона'],
  ['филармония'],
  ['қўмита'],
  ['комиссия'],
  ['кенгаш'],
  ['агентлик', true],
  ['хизмат'],
  ['университет'],
  ['академия'],
  ['институт'],
  ['банк'],
  ['марказ'],
  ['фонд'],
  ['ташкилот'],
  ['иттифоқ'],
  ['ҳамдўстлик', true],
  ['ҳамкорлик', true],
  ['шериклик', true],
  ['суд'],
  ['департамент'],
  ['бўлим'],
  ['бошқарма'],
  ['идора'],
  ['ҳокимлик', true],
  ['ҳокимият'],
  ['форум'],
  ['саммит'],
  ['анжуман'],
  ['конференция'],
  ['платформа'],
  ['дастур'],
  ['давлат'],
  ['делегация'],
  ['тадбир'],
  ['ташриф'],
  ['маросим'],
];

const MONTHS = `январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь
  душанба сешанба чоршанба пайшанба жума шанба якшанба`;
const CAPITALS = `тошкент остона астана бишкек ашхобод душанбе москва вашингтон брюссель лондон париж берлин вена
  пекин токио теҳрон тбилиси ереван киев минск боку анқара истанбул рим женева варшава будапешт прага белград
  қоҳира риёд доҳа исломобод кобул деҳли сеул самарқанд бухоро хива нукус термиз андижон наманган фарғона қарши`;

const institutions = list(
  INSTITUTION_NOUNS.flatMap(([stem, soft]) => singular(stem, soft)),
  INSTITUTION_NOUNS.flatMap(([stem]) => cases(add(stem, 'лар'))),
  `қонунчилик олий миллий халқаро марказий бирлашган миллатлар федерал стратегик ҳукуматлараро иқтисодий
  тив бмт мдҳ шҳт уза дунё жаҳон`,
  MONTHS.split(/\s+/).flatMap((m) => cases(m)),
  CAPITALS.split(/\s+/).flatMap((c) => cases(c)),
);

const REGIONS = `осиё марказий кавказ жанубий шимолий яқин шарқ ғарб европа африка болқон форс кўрфази каспий
  евросиё тинч океани лотин америкаси туркий дунёси саҳел болтиқбўйи скандинавия арктика оролбўйи`;

export const uzCyrl: Language = {
  code: 'uz-cyrl',
  name: 'Uzbek (Cyrillic)',
  script: 'cyrillic',
  headFinalRoles: true,
  letters: 'ўқғҳэъёи',
  stopWords: `ва билан учун бўйича ҳам ҳамда бу ушбу ўз шунингдек кейин олдин орасида ўртасида томонидан ҳақида
    қилиб бўлган этилди қилди бўлди мазкур йил йилда икки яна энди лекин аммо кўра каби энг барча улар биз
    унинг бўлиб қайд этди ўтказилди`,
  offices,
  pluralOffices,
  modifiers: `биринчи махсус доимий фавқулодда мухтор бош муваққат вазифасини бажарувчи олий катта собиқ янги
    давлат халқ фахрий вице`,
  connectors: `ташқи ишлар ишлари ички иқтисодиёт молия адлия мудофаа соғлиқни сақлаш таълими таълим мактабгача
    фан инновациялар маданият энергетика қишлоқ хўжалиги экология атроф-муҳит атроф муҳит муҳофазаси инвестициялар саноат
    савдо транспорт рақамли технологиялар бандлик меҳнат муносабатлари камбағалликни қисқартириш туризм спорт
    фавқулодда вазиятлар иқтисодий алоқалар тараққиёт бўйича учун ҳузуридаги қошидаги масалалари сиёсат
    сиёсати ҳуқуқлари инсон матбуот хизмати ахборот ва республикаси`,
  honorifics: list(
    'др проф академик муҳтарам ҳурматли жаноби ҳазрати',
    singular('жаноб'),
    singular('хоним'),
    ['олийлар', 'ҳазратлар'].flatMap((s) => possessed(s)),
  ),
  institutions,
  regions: list(REGIONS.split(/\s+/).flatMap((r) => cases(r))),
  cues: list(
    singular('компания'),
    singular('холдинг'),
    singular('журналист'),
    singular('мухбир'),
    singular('ёзувчи'),
    singular('шоир'),
    singular('тарихчи'),
    `аж мчж ltd inc gmbh ceo бошқарув рассом бастакор актёр хонанда фотограф муҳаррир файласуф мутафаккир
    аллома марҳум асосчиси буюк соҳибқирон шаҳид`,
  ),
  and: 'ва ҳамда билан',
  with: 'билан бирга',
  callWords: list(
    singular('телефон'),
    singular('мулоқот'),
    plural('мулоқот'),
    singular('суҳбат'),
    singular('музокара'),
    plural('музокара'),
    singular('учрашув'),
    plural('учрашув'),
    'суҳбатлашди учрашди видеоконференция видеоалоқа видео',
  ),
  callVerbs: 'бир икки томонлама орқали форматида ўтказди ўтказилди бўлиб ўтди қабул қилди билан учрашди',
  particles: 'фон дер ван де да ди дель бин ибн ал аль эл',
  endings: 'и си ни га ка қа да дан нинг лар имиз миз',
  surnameEndings: 'ов ова ев ева зода',
  // A verbal noun or a plural in a case opens sentences ("Учрашувда", "Музокараларда"); a name has neither.
  nounEndings: 'увда увида увдан увга увларда ишда ишида ларда лардан ларга ларида',
  // Улуташга and Улуташ, Саидовнинг and Саидов compare equal.
  caseEndings: 'нинг га ка қа ни да дан даги',
  nameSuffixes: [
    // Feminine -ова/-ева: Нарбаеванинг, Саидовага, Қодировани, Икрамовадан.
    [/^(\p{Lu}\p{L}{2,}(?:ов|ев|ёв)а)(?:нинг|га|ни|да|дан)$/u, '$1'],
    // Masculine -ов/-ев/-ёв: Саидовнинг, Мирзиёевга, Норовни, Тоқаевдан.
    [/^(\p{Lu}\p{L}{2,}(?:ов|ев|ёв))(?:нинг|га|ни|да|дан|дек)$/u, '$1'],
    // Foreign and neighbouring surnames of a known shape: Путиннинг, Шевченкога, Зеленскийни, Раҳмонзоданинг.
    [/^(\p{Lu}\p{L}{2,}ин)нинг$/u, '$1'],
    [/^(\p{Lu}\p{L}+енко)(?:нинг|га|ни)$/u, '$1'],
    [/^(\p{Lu}\p{L}+ский)(?:нинг|га|ни)$/u, '$1'],
    [/^(\p{Lu}\p{L}+зода)(?:нинг|га|ни)$/u, '$1'],
    // Georgian surnames: Кобаидзенинг, Гелашвилига.
    [/^(\p{Lu}\p{L}+(?:дзе|швили))(?:нинг|га|ни)$/u, '$1'],
  ],
};
