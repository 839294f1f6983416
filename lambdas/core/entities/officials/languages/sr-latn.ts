import type { CaseRule, Language, Rewrite } from './language';

/**
 * Serbian in Latin script (ekavian, as the ministries and the presidency write it). Serbian Cyrillic
 * (`sr-cyrl.ts`) is built from the same source by {@link toCyrillic}, so both scripts share one morphology.
 *
 * The source below is written in Latin with diacritics and without backslash escapes in the rules, so that
 * it transliterates letter by letter: the Latin table folds the office-word patterns (č ć -> c, š -> s,
 * ž -> z; đ stays), the Cyrillic table transliterates everything.
 */
export const SERBIAN = {
  stopWords: `
    i u je da se na za od sa su koji koja koje što kao ali ili takođe tokom posle pre između prema kod iz
    o će bi bio bila bilo biti ovog ove ovaj ova nakon gde ovde uvek još već ima jer samo kako njegov
    njena njihov bez kroz radi
  `,

  offices: `
    predsednik* predsednic* potpredsednik* potpredsednic* ministar ministr* ministark*
    premijer* premijerk* ambasador* ambasadork* šef* šefic* sekretar* sekretark* zamenik* zamenic*
    savetnik* savetnic* direktor* direktork* predstavnik* predstavnic* izaslanik* izaslanic*
    poslanik* poslanic* senator* guverner* gradonačelnik* gradonačelnic* portparol* portparolk* konzul*
    otpravnik* komesar* koordinator* koordinatork* rektor* revizor* inspektor* zaštitnik* zaštitnic*
    ombudsman* izvestilac izvestioca izvestiocu izvestiocem delegat* član* članic* pomoćnik* pomoćnic*
    načelnik* načelnic* rukovodilac rukovodioca rukovodiocu rukovodiocem rukovodilj* upravnik* upravnic*
    tužilac tužioca tužiocu tužiocem lider* vođa vođe vođi vođu vođom predsedavajuć*
    kralj* kraljic* emir* šeik* princ* princez* sultan* car cara caru carem kancelar* koleg* kolegic*
    patrijarh* papa pape papi papu papom muftij* nuncij* mitropolit* episkop* ataše
  `,

  pluralOffices: `
    predsednici predsednicima ministri ministara ministrima ambasadori ambasadorima premijeri premijerima
    šefovi šefova šefovima poslanici poslanicima senatori senatorima zamenici zamenicima savetnici
    predstavnici predstavnicima direktori direktorima lideri liderima članovi članova članovima kolegama
    gradonačelnici sekretari sekretarima konzuli komesari izaslanici izaslanicima delegati delegatima
    šefice ministarke
    predsednike ministre ambasadore premijere šefove poslanike senatore zamenike savetnike predstavnike
    direktore lidere članove gradonačelnike sekretare konzule komesare izaslanike delegate ambasadorke
  `,

  modifiers: `
    prv* vanredn* opunomoćen* specijaln* staln* generaln* glavn* privremen* vršilac vršioca vršiocu
    vršiocem dužnosti visok* državn* počasn* narodn* pokrajinsk* savezn* novoimenovan* izabran*
  `,

  connectors: `
    za pri u i na od spoljne spoljnih poslove poslova unutrašnje unutrašnjih odbrane finansija privrede
    pravde zdravlja prosvete nauke tehnološkog razvoja kulture informisanja poljoprivrede šumarstva
    vodoprivrede energetike rudarstva evropske evropskih integracija trgovine turizma telekomunikacija
    infrastrukture građevinarstva saobraćaja rada zapošljavanja boračkih socijalnih pitanja ljudska
    manjinska prava zaštite životne sredine sporta omladine dijaspore regionalnog državne uprave lokalne
    samouprave vlade skupštine ministarstva republike
  `,

  honorifics: `
    gospodin gospodina gospodinu gospodinom gospodo gospođa gospođe gospođi gospođu gospođom gospođica
    gospođice gospođici gospođicu g gđa gđe gđi gđu gđom gđica g-din g-dina g-dinu g-dinom g-đa g-đe g-đi g-đu g-đom njegova njena
    njegove njene njegovoj njenoj njegovu njenu ekselencija ekselencije ekselenciji ekselenciju
    ekselencijom dr prof akademik mr nj e
  `,

  institutions: `
    ministarstv* vlada vlade vladi vladu vladom skupštin* republik* republici kraljevin* federacij*
    savet* komitet* odbor* agencij* ambasad* konzulat* misij* delegacij* kancelarij* kabinet* uprav* direkcij*
    sekretarijat* univerzitet* fakultet* akademij* bank* fond* organizacij* ujedinjen* nacij* unij*
    evropsk* savez* sud* tužilaštv* predsedništv* ministarsk* služb* zavod* institut* centar centra centru
    kompanij* korporacij* preduzeć* holding* doo
    narodn* državn* međunarodn* nacionaln* pokrajinsk* gradsk* opštin* pokrajin* savezn*
    januar januara februar februara april aprila jun juna jul jula avgust avgusta septembar septembra
    oktobar oktobra novembar novembra decembar decembra
    ponedeljak ponedeljka utorak utorka sreda srede sredu četvrtak četvrtka petak petka subota subote
    subotu nedelja nedelje nedelju
    beograd* moskv* kijev* vašington* brisel* berlin* pariz* london* rim rima rimu beč* budimpešt*
    zagreb* sarajev* podgoric* skoplj* ljubljan* bukurešt* atin* ankar* peking* tokio ženev* njujork*
    banjaluk* prištin* tiran* minsk* baku astan* strazbur*
  `,

  regions: `
    evrop* azij* afrik* amerik* balkan* kavkaz* bliski bliskog bliskom istok istoka istoku centraln*
    zapadn* istočn* severn* južn* skandinavij* baltik* arktik* sahel* pacifik* indo-pacifik* mediteran*
    podunavlj* jugoistočn* sredozem* latinsk*
  `,

  cues: `
    kompanija kompanije kompaniji kompaniju preduzeće preduzeća korporacija korporacije novinar novinara
    novinarom novinarka novinarke dopisnik dopisnika urednik urednika pisac pisca književnik književnika
    pesnik pesnika istoričar istoričara fotograf fotografa fotoreporter reporter publicista autor autora
    glumac glumca glumica umetnik umetnika kompozitor naučnik osnivač osnivača pokojni pokojnog pokojna
    počivši doo
  `,

  and: 'i te',
  with: 'sa s',

  callWords: `
    razgovor* telefonsk* telefonom videokonferencij* video-konferencij* sastanak sastanka sastanku
    susret* razgovarao razgovarala razgovarali sastao sastala sastali
  `,

  callVerbs:
    'obavio obavila obavili održao održala održali imao imala imali je su bilateraln* zvaničn* radn* video',

  particles: 'fon van der de da di del la le al el bin ibn',

  endings: 'a e i o u om em ov ima ama ka ke ki ku kom ica ice ici icu eg og oj im ih emu omu',

  surnameEndings: 'ić ović ević ski ska ov ova ev eva in ina',

  // Men's names ending in a vowel that their case forms drop (Stevom, Nebojše): the lexicon tells the
  // nominative "Stevo" from a name such as "Bojan" (Bojanom).
  givenNames: `Stevo Đuro Darko Zdravko Slavko Janko Ranko Vlatko Zlatko Božo Jovo Pero Krsto Mijo Nedeljko
    Milenko Veljko Boško Draško Ljubo Momčilo Danilo Gavrilo Mihajlo Novo Ratko Rajko Srećko Vinko Zvonko
    Gojko Petko Mirko Marko Branko Željko Dragiša Nebojša Saša Miša Mića Ivica Jovica Luka Nikola Andrija`,

  // No rule for the nominative forms: predsednik, ministar, predsednica, ministarka, kolega, papa, muftija,
  // vođa, nuncije, predsedavajući, predsedavajuća, kralj, šeik, ataše.
  officeCase: [
    [/(?:eg|og)$/, 'genitive'], // predsedavajućeg
    [/(?:emu|omu)$/, 'dative'],
    [/ajućem$/, 'dative'], // predsedavajućem
    [/(?:ima|ama)$/, 'instrumental'], // plural: ministrima, kolegama
    [/im$/, 'instrumental'], // predsedavajućim
    [/(?:om|em)$/, 'instrumental'], // predsednikom, ministrom, predsednicom, kraljem, princem
    [/(?:icu|rku|gu|pu|iju|đu)$/, 'genitive'], // accusative: predsednicu, ministarku, kolegu, papu, muftiju
    [/(?:ici|rki|egi|api|iji|đi)$/, 'dative'], // predsednici, ministarki, kolegi, papi, muftiji
    [/u$/, 'dative'], // predsedniku, ministru, ambasadoru, kralju
    [/^(?!nuncije$).*(?:ice|rke|ege|ape|ije|đe)$/, 'genitive'], // predsednice, ministarke, kolege, muftije
    [/^(?!.*(?:ica|rka|ega|apa|ija|đa|ilja|ajuća)$).*[^aeiou]a$/, 'genitive'], // predsednika, ministra, kralja
    // Accusative plural, which reads like the genitive: "primio je ambasadore: Tomasa Bergera (Austrija), ...".
    [/^(?!(?:ataše|nuncije)$).*[^aeiou]e$/, 'genitive'], // ambasadore, ministre, predsednike, šefove
  ] as readonly CaseRule[],

  // "s" and "sa" govern the instrumental.
  prepositionCases: { instrumental: 'sa s' } as Language['prepositionCases'],

  // Feminine office words in the instrumental: a woman's name after one ends -om as "Anom", "Kristinom"
  // (Ana, Kristina), not as a man's "Bojanom" (Bojan); her surname on a consonant does not decline (Lorenc).
  feminineOffice: /(?:ic|rk|lk|ez)om$/,
  feminineNominative: { instrumental: [[/om$/, 'a']] } as Language['feminineNominative'],

  nominative: {
    genitive: [
      [/(?:esk|ean)u$/, '$&'], // Romanian surnames do not decline: Ionesku, Popesku
      [/(sk|ck|šk)og$/, '$1i'], // Pendarovskog -> Pendarovski
      [/(rđ|vl)a$/, '$1e'], // Đorđa -> Đorđe, Pavla -> Pavle
      [/ea$/, 'e'], // Rutea -> Rute
      [/ija$/, 'i'], // Entonija -> Entoni
      [/ije$/, 'ija'], // Marije -> Marija
      [/([dt])ra$/, '$1ar'], // Aleksandra -> Aleksandar, Petra -> Petar
      [/([^aeiou])ka$/, '$1ko'], // Marka -> Marko, Darka -> Darko
      [/je$/, 'ja'], // Maje -> Maja, Kaje -> Kaja
      [/([^aeiou])e$/, '$1a'], // Ane -> Ana, Nikole -> Nikola, Ivice -> Ivica
      [/u$/, 'a'], // accusative: Anu -> Ana, Mariju -> Marija
      [/([^aeiou])a$/, '$1'], // Vučića -> Vučić, Lavrova -> Lavrov, Blinkena -> Blinken
    ],
    dative: [
      [/^.{1,2}$/, '$&'], // a word of two letters does not decline: Li (Li Mingu -> Li Ming)
      [/(?:esk|ean)u$/, '$&'],
      [/(sk|ck|šk)om$/, '$1i'],
      [/iji$/, 'ija'], // Mariji -> Marija
      [/iju$/, 'i'], // Entoniju -> Entoni
      [/(rđ|vl)u$/, '$1e'], // Đorđu -> Đorđe
      [/eu$/, 'e'], // Ruteu -> Rute
      [/([dt])ru$/, '$1ar'], // Aleksandru -> Aleksandar
      [/([^aeiou])ku$/, '$1ko'], // Marku -> Marko
      [/([^aeiou])u$/, '$1'], // Vučiću -> Vučić, Makronu -> Makron
      [/([^aeiou])i$/, '$1a'], // Ani -> Ana, Nikoli -> Nikola, Ivici -> Ivica
    ],
    instrumental: [
      [/(sk|ck|šk)im$/, '$1i'],
      [/ijom$/, 'ija'], // Marijom -> Marija
      [/ijem$/, 'i'], // Entonijem -> Entoni
      [/rđem$/, 'rđe'], // Đorđem -> Đorđe
      [/vlom$/, 'vle'], // Pavlom -> Pavle
      [/eom$/, 'e'], // Ruteom -> Rute
      [/icom$/, 'ica'], // Ivicom -> Ivica
      [/([dt])rom$/, '$1ar'], // Aleksandrom -> Aleksandar
      [/([^aeiou])kom$/, '$1ko'], // Markom -> Marko
      [/([aeiou])rem$/, '$1r'], // Likarem -> Likar, Igorem -> Igor
      [/([čćšžđjc])em$/, '$1'], // Vučićem -> Vučić, Sergejem -> Sergej, Kraljem, Šolcem -> Šolc
      [/jom$/, 'ja'], // Majom -> Maja
      [/([^aeiou])om$/, '$1'], // Makronom -> Makron, Lavrovom -> Lavrov
    ],
    locative: [
      [/(?:esk|ean)u$/, '$&'],
      [/(sk|ck|šk)om$/, '$1i'],
      [/iji$/, 'ija'],
      [/iju$/, 'i'],
      [/(rđ|vl)u$/, '$1e'],
      [/([dt])ru$/, '$1ar'],
      [/([^aeiou])ku$/, '$1ko'],
      [/([^aeiou])u$/, '$1'],
      [/([^aeiou])i$/, '$1a'],
    ],
  } as Language['nominative'],
} as const;

const LETTERS: Record<string, string> = {
  a: 'а',
  b: 'б',
  c: 'ц',
  č: 'ч',
  ć: 'ћ',
  d: 'д',
  đ: 'ђ',
  e: 'е',
  f: 'ф',
  g: 'г',
  h: 'х',
  i: 'и',
  j: 'ј',
  k: 'к',
  l: 'л',
  m: 'м',
  n: 'н',
  o: 'о',
  p: 'п',
  r: 'р',
  s: 'с',
  š: 'ш',
  t: 'т',
  u: 'у',
  v: 'в',
  z: 'з',
  ž: 'ж',
};
const DIGRAPHS: Record<string, string> = { lj: 'љ', nj: 'њ', dž: 'џ' };

function letter(ch: string): string {
  const lower = ch.toLowerCase();
  const cyr = LETTERS[lower];
  if (cyr === undefined) return ch;
  return ch === lower ? cyr : cyr.toUpperCase();
}

/** Serbian Latin text in Cyrillic: lj, nj, dž become љ, њ, џ; other characters pass through. */
export function toCyrillic(text: string): string {
  return text.normalize('NFC').replace(/[dD][žŽ]|[lLnN][jJ]|./gsu, (m) => {
    const digraph = DIGRAPHS[m.toLowerCase()];
    if (digraph === undefined) return letter(m);
    return m[0] === m[0]?.toLowerCase() ? digraph : digraph.toUpperCase();
  });
}

/**
 * A rule pattern in Cyrillic. Outside a character class digraphs join (`lj$` -> `љ$`); inside one each
 * letter is mapped alone, and a class holding the last letter of a digraph (j of lj/nj, ž of dž) also holds
 * the Cyrillic digraph letter, so `[čćj]` still finds the word ending in љ, њ or џ.
 */
export function toCyrillicPattern(re: RegExp): RegExp {
  if (re.source.includes('\\')) throw new Error(`Serbian rules are written without escapes: ${re.source}`);
  const out = re.source.replace(/\[[^\]]*\]|[^[]+/g, (part) => {
    if (!part.startsWith('[')) return toCyrillic(part);
    let body = [...part.slice(1, -1)].map(letter).join('');
    if (part.includes('j')) body += 'љњ';
    if (part.includes('ž')) body += 'џ';
    return `[${body}]`;
  });
  return new RegExp(out, re.flags);
}

/** A rule pattern for the folded Latin office word: č ć -> c, š -> s, ž -> z (đ has no decomposition). */
function foldedPattern(re: RegExp): RegExp {
  return new RegExp(re.source.normalize('NFKD').replace(/\p{M}/gu, ''), re.flags);
}

function mapRules(
  rules: Language['nominative'],
  pattern: (re: RegExp) => RegExp,
  text: (s: string) => string,
): Language['nominative'] {
  const out: NonNullable<Language['nominative']> = {};
  for (const [nameCase, list] of Object.entries(rules ?? {}) as [keyof typeof out, readonly Rewrite[]][])
    out[nameCase] = list.map(([re, to]) => [pattern(re), text(to)] as const);
  return out;
}

/** The Serbian table in one script, from {@link SERBIAN}. */
export function serbian(script: 'latin' | 'cyrillic'): Language {
  const latin = script === 'latin';
  const text = latin ? (s: string) => s : toCyrillic;
  const s = SERBIAN;
  return {
    code: latin ? 'sr-latn' : 'sr-cyrl',
    name: latin ? 'Serbian (Latin)' : 'Serbian (Cyrillic)',
    script,
    letters: latin ? 'čćšžđ' : 'јљњћђџи',
    stopWords: text(s.stopWords),
    offices: text(s.offices),
    pluralOffices: text(s.pluralOffices),
    modifiers: text(s.modifiers),
    connectors: text(s.connectors),
    honorifics: text(s.honorifics),
    institutions: text(s.institutions),
    regions: text(s.regions),
    cues: text(s.cues),
    and: text(s.and),
    with: text(s.with),
    callWords: text(s.callWords),
    callVerbs: text(s.callVerbs),
    particles: text(s.particles),
    endings: text(s.endings),
    surnameEndings: text(s.surnameEndings),
    givenNames: text(s.givenNames),
    officeCase: s.officeCase.map(([re, nameCase]) => [
      latin ? foldedPattern(re) : toCyrillicPattern(re),
      nameCase,
    ]),
    nominative: latin ? s.nominative : mapRules(s.nominative, toCyrillicPattern, toCyrillic),
    prepositionCases: Object.fromEntries(
      Object.entries(s.prepositionCases ?? {}).map(([nameCase, words]) => [nameCase, text(words)]),
    ),
    feminineOffice: latin ? foldedPattern(s.feminineOffice) : toCyrillicPattern(s.feminineOffice),
    feminineNominative: latin
      ? s.feminineNominative
      : mapRules(s.feminineNominative, toCyrillicPattern, toCyrillic),
  };
}

export const srLatn: Language = serbian('latin');
