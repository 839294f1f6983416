import type { Language } from './language';

/**
 * Kyrgyz. The office follows its genitive complement and takes the possessive suffix: "Кыргыз Республикасынын
 * Президенти Садыр Жапаров", "Тышкы иштер министри", "Министрлер Кабинетинин Төрагасы", "Элчиси". Case suffixes
 * are glued to names ("Жапаровдун", "Казакбаевге", "Жапарованы"), so {@link ky.nameSuffixes} strips them from
 * surname-shaped words only, and from the patronymic words уулу/кызы; "with" is the postposition "менен".
 */

const VOWEL = /[аеёиоуүөыэюя]/;
const VOICELESS = /[кпстфхцчшщ]$/;
const SOFT: Record<string, string> = { к: 'г', п: 'б' };
const LOW: Record<string, string> = {
  а: 'а',
  ы: 'а',
  я: 'а',
  у: 'а',
  ю: 'а',
  е: 'е',
  и: 'е',
  э: 'е',
  о: 'о',
  ё: 'о',
  ө: 'ө',
  ү: 'ө',
};
const HIGH: Record<string, string> = {
  а: 'ы',
  ы: 'ы',
  я: 'ы',
  е: 'и',
  и: 'и',
  э: 'и',
  о: 'у',
  у: 'у',
  ё: 'у',
  ю: 'у',
  ө: 'ү',
  ү: 'ү',
};

function lastVowel(word: string): string {
  for (let k = word.length - 1; k >= 0; k--) if (VOWEL.test(word[k] ?? '')) return word[k] as string;
  return 'е';
}

/**
 * Appends a suffix written with archiphonemes: `A` а/е/о/ө, `I` ы/и/у/ү; consonants that assimilate to the end
 * of the word: `N` (genitive/accusative н/д/т), `G` (dative г/к), `D` (locative д/т), `L` (plural л/д/т). A
 * bracketed letter is a buffer kept only after a vowel ("(с)I") or, for `(I)`, only after a consonant. With
 * `soft`, a final к/п of the stem voices before a vowel (министрлик -> министрлиги).
 */
function add(word: string, suffix: string, soft = false): string {
  let out = word;
  for (const part of suffix.match(/\(.\)|./g) ?? []) {
    const end = out.at(-1) ?? '';
    const afterVowel = VOWEL.test(end);
    let p = part;
    if (part.length === 3) {
      const buffer = part[1] as string;
      if ((buffer === 'I') === afterVowel) continue;
      p = buffer;
    }
    const voiceless = VOICELESS.test(out);
    let letter: string;
    if (p === 'A') letter = LOW[lastVowel(out)] ?? 'а';
    else if (p === 'I') letter = HIGH[lastVowel(out)] ?? 'ы';
    else if (p === 'N') letter = afterVowel ? 'н' : voiceless ? 'т' : 'д';
    else if (p === 'G') letter = voiceless ? 'к' : 'г';
    else if (p === 'D') letter = voiceless ? 'т' : 'д';
    else if (p === 'L') letter = afterVowel || end === 'р' || end === 'й' ? 'л' : voiceless ? 'т' : 'д';
    else letter = p;
    if (soft && out === word && VOWEL.test(letter)) {
      const last = out.at(-1) ?? '';
      if (SOFT[last]) out = out.slice(0, -1) + SOFT[last];
    }
    out += letter;
  }
  return out;
}

/** Nominative, genitive, dative, accusative, locative, ablative, attributive locative (Бишкектеги). */
const CASES = ['', 'NIн', 'GA', 'NI', 'DA', 'DAн', 'DAгI'];
const AFTER_POSSESSIVE = ['', 'нIн', 'нA', 'н', 'ндA', 'нAн', 'ндAгI'];

function cases(stem: string, soft = false): string[] {
  return CASES.map((c) => add(stem, c, soft));
}

/** Third-person possessive ("министри", "элчиси", "төрагасы") in every case. */
function possessed(stem: string, soft = false): string[] {
  const p = add(stem, '(с)I', soft);
  return AFTER_POSSESSIVE.map((c) => add(p, c));
}

function ours(stem: string, soft = false): string[] {
  return cases(add(stem, '(I)бIз', soft));
}

function singular(stem: string, soft = false): string[] {
  return [...cases(stem, soft), ...possessed(stem, soft), ...ours(stem, soft)];
}

function plural(stem: string): string[] {
  return singular(add(stem, 'LAр'));
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
  ['премьер-министр'],
  ['министр'],
  ['премьер'],
  ['басар'],
  ['төрага'],
  ['төрайым'],
  ['спикер'],
  ['депутат'],
  ['сенатор'],
  ['элчи'],
  ['консул'],
  ['өкүл'],
  ['катчы'],
  ['директор'],
  ['жетекчи'],
  ['башчы'],
  ['лидер'],
  ['кеңешчи'],
  ['жардамчы'],
  ['комиссар'],
  ['координатор'],
  ['ректор'],
  ['аудитор'],
  ['инспектор'],
  ['акыйкатчы'],
  ['омбудсмен'],
  ['баяндамачы'],
  ['делегат'],
  ['мүчө'],
  ['аким'],
  ['губернатор'],
  ['мэр'],
  ['падыша'],
  ['ханыша'],
  ['эмир'],
  ['шейх'],
  ['ханзаада'],
  ['султан'],
  ['император'],
  ['канцлер'],
  ['кесиптеш'],
  ['прокурор'],
  ['патриарх'],
  ['папа'],
  ['муфтий'],
];

const offices = list(
  OFFICE_NOUNS.flatMap(([stem, soft]) => singular(stem, soft)),
  'король королу королунун королуна королун',
);
const pluralOffices = list(OFFICE_NOUNS.flatMap(([stem]) => plural(stem)));

const INSTITUTION_NOUNS: readonly (readonly [string, boolean?])[] = [
  ['министрлик', true],
  ['республика'],
  ['королдук', true],
  ['федерация'],
  ['өкмөт'],
  ['элчилик', true],
  ['консулдук', true],
  ['өкүлчүлүк', true],
  ['администрация'],
  ['аппарат'],
  ['кабинет'],
  ['кеңеш'],
  ['парламент'],
  ['сенат'],
  ['конгресс'],
  ['палата'],
  ['музей'],
  ['театр'],
  ['китепкана'],
  ['филармония'],
  ['комитет'],
  ['комиссия'],
  ['агенттик', true],
  ['кызмат'],
  ['университет'],
  ['академия'],
  ['институт'],
  ['банк'],
  ['борбор'],
  ['фонд'],
  ['уюм'],
  ['биримдик', true],
  ['шериктештик', true],
  ['кызматташтык', true],
  ['өнөктөштүк', true],
  ['сот'],
  ['департамент'],
  ['бөлүм'],
  ['башкарма'],
  ['мэрия'],
  ['форум'],
  ['саммит'],
  ['конференция'],
  ['жыйын'],
  ['платформа'],
  ['программа'],
  ['мамлекет'],
  ['курултай'],
  ['делегация'],
  ['сапар'],
  ['иш-чара'],
  ['чара'],
  ['салтанат'],
];

const MONTHS = `январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь айы айында
  үчтүн бирдин жалган чын куран бугу кулжа теке баш оона аяк тогуздун жетинин бештин`;
const WEEKDAYS = 'дүйшөмбү шейшемби шаршемби бейшемби жума ишемби жекшемби';
const CAPITALS = `бишкек астана ташкент душанбе ашхабад баку москва анкара стамбул вашингтон лондон париж берлин
  вена пекин токио тегеран тбилиси ереван киев минск рим женева варшава будапешт прага белград каир доха
  исламабад кабул дели сеул ош каракол нарын талас баткен`;

const institutions = list(
  INSTITUTION_NOUNS.flatMap(([stem, soft]) => singular(stem, soft)),
  INSTITUTION_NOUNS.flatMap(([stem]) => cases(add(stem, 'LAр'))),
  `жогорку улуттук эл аралык мамлекеттик борбордук бириккен улуттар федералдык стратегиялык экономикалык
  тим буу кмш шку кабар акипресс`,
  MONTHS,
  WEEKDAYS.split(' ').flatMap((d) => cases(d)),
  CAPITALS.split(/\s+/).flatMap((c) => cases(c)),
);

const REGIONS = `азия борбордук кавказ түштүк түндүк жакынкы чыгыш батыш европа африка балкан перс булуңу каспий
  евразия тынч океан латын америкасы түрк дүйнөсү сахел балтика скандинавия арктика арал`;

export const ky: Language = {
  code: 'ky',
  name: 'Kyrgyz',
  script: 'cyrillic',
  headFinalRoles: true,
  letters: 'ңөүыэёи',
  stopWords: `жана менен үчүн боюнча дагы бул ошол анын алар биз ошондой эле тарабынан жөнүндө тууралуу
    ортосундагы арасында кийин мурун болуп болгон эки өз ал бир деп белгиледи кылды керек ушул жылы мындан
    тараптар өлкөлөр өлкөнүн кызматташтык кызматташтыгын талкууланды`,
  offices,
  pluralOffices,
  modifiers: `биринчи атайын туруктуу ыйгарым укуктуу башкы убактылуу милдетин аткаруучу жогорку улук мурдагы экс
    жаңы мамлекеттик вице ардактуу ишине ишенилген`,
  connectors: `тышкы иштер иштери ички экономика финансы каржы юстиция адилет коргоо саламаттыкты сактоо билим берүү
    илим маданият энергетика айыл чарба суу ресурстар өнөр жай экология табигый транспорт коммуникациялар
    санариптик өнүктүрүү эмгек социалдык камсыздоо миграция жаштар дене тарбия спорт туризм соода
    инвестициялар өзгөчө кырдаалдар экономикалык боюнча үчүн алдындагы жанындагы укуктары адам басма сөз
    маалымат саясат маселелери жана орун республикасынын`,
  honorifics: list(
    'урматтуу урматтуулугу улуу даражалуу академик др проф',
    singular('мырза'),
    singular('айым'),
    singular('ханым'),
  ),
  institutions,
  regions: list(REGIONS.split(/\s+/).flatMap((r) => cases(r))),
  cues: list(
    singular('компания'),
    singular('журналист'),
    singular('кабарчы'),
    singular('жазуучу'),
    singular('тарыхчы'),
    `аак жчк ltd inc gmbh ceo сүрөтчү композитор актер ырчы фотограф редактор философ мархум негиздөөчүсү
    баатыр`,
  ),
  and: 'жана менен ошондой',
  with: 'менен бирге',
  callWords: list(
    singular('телефон'),
    singular('сүйлөшүү'),
    plural('сүйлөшүү'),
    singular('жолугушуу'),
    plural('жолугушуу'),
    singular('маек'),
    'телефондук сүйлөштү жолукту видеобайланыш видеоконференция видео',
  ),
  callVerbs: 'бир эки тараптуу аркылуу форматында өткөрдү өттү болду кабыл алды менен жолукту',
  particles: 'фон дер ван де да ди дель бин ибн ал аль эл',
  endings: `ы и у ү сы си су сү нын нин нун нүн дын дин дун дүн тын тин тун түн га ге го гө ка ке ко кө на не но
    нө ны ни ну нү ды ди ду дү ты ти ту тү да де до дө та те то тө дан ден дон дөн тан тен тон төн нан нен
    нон нөн лар лер лор лөр дар дер дор дөр тар тер тор төр`,
  surnameEndings: 'ов ова ев ева уулу кызы',
  // A verbal noun or a plural in a case opens sentences ("Жолугушууда", "Сүйлөшүүлөрдө"); a name has neither.
  nounEndings: `ууда үүдө ууга үүгө ларда лерде лордо лөрдө дарда дерде дордо дөрдө тарда терде тордо төрдө
    ууну үүнү`,
  // Ташделендин and Ташделен, Казакбаевге and Казакбаев compare equal.
  caseEndings: `нын нин нун нүн дын дин дун дүн тын тин тун түн га ге го гө ка ке ко кө ны ни ну нү ды ди ду дү
    ты ти ту тү да де до дө та те то тө дан ден дон дөн тан тен тон төн нан нен нон нөн`,
  nameSuffixes: [
    // The patronymic words of "Таалайбек уулу", "Айгүл Асан кызы": уулунун, уулуна, кызын.
    [/^([Уу]улу|[Кк]ызы)(?:нун|нын|на|н|нда|нан)$/u, '$1'],
    // Feminine -ова/-ева ends in a vowel: Жапарованын, Жапаровага, Жапарованы, Казакбаевадан.
    [/^(\p{Lu}\p{L}{2,}(?:ов|ев)а)(?:нын|га|ны|да|дан|дагы)$/u, '$1'],
    // Masculine -ов/-ев in every harmony: Жээнбековдун, Жапаровго, Казакбаевге, Кулубаевди, Жапаровдон.
    [
      /^(\p{Lu}\p{L}{2,}(?:ов|ев))(?:дун|дын|дин|дүн|го|га|ге|гө|ду|ды|ди|дү|до|да|де|дө|дон|дан|ден|дөн|догу|дагы|деги)$/u,
      '$1',
    ],
    // Foreign surnames of a known shape: Путиндин, Путинге; Зеленскийдин; Шевченконун, Шевченкого.
    [/^(\p{Lu}\p{L}{2,}ин)(?:дин|ге)$/u, '$1'],
    [/^(\p{Lu}\p{L}+ский)(?:дин|ге|ди)$/u, '$1'],
    [/^(\p{Lu}\p{L}+енко)(?:нун|го|ну)$/u, '$1'],
    // Georgian surnames: Кобаидзенин, Кобаидзеге, Гелашвилинин.
    [/^(\p{Lu}\p{L}+(?:дзе|швили))(?:нин|ге|ни)$/u, '$1'],
  ],
};
