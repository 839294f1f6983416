import type { Language } from './language';

/**
 * Uzbek in the Latin script. The office follows its complement and takes the possessive suffix: "Tashqi ishlar
 * vaziri Baxtiyor Saidov", "Oʻzbekiston Respublikasi Prezidenti", "Senat Raisi", "vazir oʻrinbosari". Case
 * suffixes are glued to names without an apostrophe ("Saidovning", "Mirziyoyevga", "Narbayevani"), so
 * {@link uzLatn.nameSuffixes} strips them from surname-shaped words only; "with" is the postposition "bilan".
 *
 * The letters oʻ and gʻ are written with U+02BB and the tutuq belgisi with U+02BC, both letters to the
 * tokenizer; a text that writes them with an ASCII or typographic apostrophe splits such words in two.
 */

const VOWEL = /[aeiouʻ]/;
const SOFT: Record<string, string> = { k: 'g', q: 'gʻ' };

/**
 * Appends a suffix; `G` is the dative consonant (ka after k, qa after q, ga elsewhere); a bracketed letter is a
 * buffer kept only after a vowel ("(s)i") or, for `(i)`, only after a consonant ("(i)miz"). With `soft`, a final
 * k/q of the stem softens before a vowel (vazirlik -> vazirligi, boshliq -> boshligʻi).
 */
function add(word: string, suffix: string, soft = false): string {
  let out = word;
  for (const part of suffix.match(/\(.\)|./g) ?? []) {
    const afterVowel = VOWEL.test(out.at(-1) ?? '');
    let p = part;
    if (part.length === 3) {
      const buffer = part[1] as string;
      if ((buffer === 'i') === afterVowel) continue;
      p = buffer;
    }
    const letter = p === 'G' ? (out.endsWith('k') ? 'k' : out.endsWith('q') ? 'q' : 'g') : p;
    if (soft && out === word && VOWEL.test(letter)) {
      const last = out.at(-1) ?? '';
      if (SOFT[last]) out = out.slice(0, -1) + SOFT[last];
    }
    out += letter;
  }
  return out;
}

/** Nominative, genitive, dative, accusative, locative, ablative, attributive locative (Toshkentdagi). */
const CASES = ['', 'ning', 'Ga', 'ni', 'da', 'dan', 'dagi'];

function cases(stem: string): string[] {
  return CASES.map((c) => add(stem, c));
}

/** Third-person possessive ("vaziri", "elchisi") in every case. */
function possessed(stem: string, soft = false): string[] {
  return cases(add(stem, '(s)i', soft));
}

function ours(stem: string, soft = false): string[] {
  return cases(add(stem, '(i)miz', soft));
}

function singular(stem: string, soft = false): string[] {
  return [...cases(stem), ...possessed(stem, soft), ...ours(stem, soft)];
}

function plural(stem: string): string[] {
  return singular(add(stem, 'lar'));
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
  ['vazir'],
  ['premyer'],
  ['premyer-vazir'],
  ['oʻrinbosar'],
  ['elchi'],
  ['vakil'],
  ['konsul'],
  ['spiker'],
  ['rais'],
  ['deputat'],
  ['senator'],
  ['hokim'],
  ['gubernator'],
  ['mer'],
  ['kotib'],
  ['direktor'],
  ['rahbar'],
  ['boshliq', true],
  ['lider'],
  ['yetakchi'],
  ['maslahatchi'],
  ['yordamchi'],
  ['komissar'],
  ['koordinator'],
  ['rektor'],
  ['auditor'],
  ['inspektor'],
  ['ombudsman'],
  ['maʼruzachi'],
  ['delegat'],
  ['aʼzo'],
  ['qirol'],
  ['qirolicha'],
  ['amir'],
  ['shayx'],
  ['shahzoda'],
  ['sulton'],
  ['imperator'],
  ['kansler'],
  ['hamkasb'],
  ['muzokarachi'],
  ['prokuror'],
  ['patriarx'],
  ['papa'],
  ['muftiy'],
];

const offices = list(OFFICE_NOUNS.flatMap(([stem, soft]) => singular(stem, soft)));
const pluralOffices = list(OFFICE_NOUNS.flatMap(([stem]) => plural(stem)));

const INSTITUTION_NOUNS: readonly (readonly [string, boolean?])[] = [
  ['vazirlik', true],
  ['respublika'],
  ['qirollik', true],
  ['amirlik', true],
  ['federatsiya'],
  ['hukumat'],
  ['elchixona'],
  ['konsullik', true],
  ['vakolatxona'],
  ['kotibiyat'],
  ['administratsiya'],
  ['apparat'],
  ['mahkama'],
  ['majlis'],
  ['parlament'],
  ['senat'],
  ['kongress'],
  ['palata'],
  ['muzey'],
  ['teatr'],
  ['kutubxona'],
  ['filarmoniya'],
  ['qoʻmita'],
  ['komissiya'],
  ['kengash'],
  ['agentlik', true],
  ['xizmat'],
  ['universitet'],
  ['akademiya'],
  ['institut'],
  ['bank'],
  ['markaz'],
  ['fond'],
  ['tashkilot'],
  ['ittifoq'],
  ['hamdoʻstlik', true],
  ['hamkorlik', true],
  ['sheriklik', true],
  ['sud'],
  ['departament'],
  ['boʻlim'],
  ['boshqarma'],
  ['idora'],
  ['hokimlik', true],
  ['hokimiyat'],
  ['forum'],
  ['sammit'],
  ['anjuman'],
  ['konferensiya'],
  ['platforma'],
  ['dastur'],
  ['davlat'],
  ['delegatsiya'],
  ['tadbir'],
  ['tashrif'],
  ['marosim'],
];

const MONTHS = `yanvar fevral mart aprel may iyun iyul avgust sentabr sentyabr oktabr oktyabr noyabr dekabr
  dushanba seshanba chorshanba payshanba juma shanba yakshanba`;
const CAPITALS = `toshkent ostona astana bishkek ashxobod dushanbe moskva vashington bryussel london parij berlin vena
  pekin tokio tehron tbilisi yerevan kiyev minsk boku anqara istanbul rim jeneva varshava budapesht praga belgrad
  qohira riyod doha islomobod kobul dehli seul samarqand buxoro xiva nukus termiz andijon namangan fargʻona qarshi`;

const institutions = list(
  INSTITUTION_NOUNS.flatMap(([stem, soft]) => singular(stem, soft)),
  INSTITUTION_NOUNS.flatMap(([stem]) => cases(add(stem, 'lar'))),
  `qonunchilik oliy milliy xalqaro markaziy birlashgan millatlar federal strategik hukumatlararo iqtisodiy
  tiv bmt mdh shht uza dunyo jahon`,
  MONTHS.split(/\s+/).flatMap((m) => cases(m)),
  CAPITALS.split(/\s+/).flatMap((c) => cases(c)),
);

const REGIONS = `osiyo markaziy kavkaz janubiy shimoliy yaqin sharq gʻarb yevropa afrika bolqon fors koʻrfazi kaspiy
  yevrosiyo tinch okeani lotin amerikasi turkiy dunyosi sahel boltiqboʻyi skandinaviya arktika orolboʻyi`;

export const uzLatn: Language = {
  code: 'uz-latn',
  name: 'Uzbek (Latin)',
  script: 'latin',
  headFinalRoles: true,
  letters: 'ʻ',
  stopWords: `va bilan uchun boʻyicha ham hamda bu ushbu oʻz shuningdek keyin oldin orasida oʻrtasida tomonidan
    haqida qilib boʻlgan etildi qildi boʻldi mazkur yil yilda ikki yana endi lekin ammo koʻra kabi eng barcha
    ular biz uning boʻlib qayd etdi oʻtkazildi`,
  offices,
  pluralOffices,
  modifiers: `birinchi maxsus doimiy favqulodda muxtor bosh muvaqqat vazifasini bajaruvchi oliy katta sobiq yangi
    davlat xalq faxriy vitse`,
  connectors: `tashqi ishlar ishlari ichki iqtisodiyot moliya adliya mudofaa sogʻliqni saqlash taʼlimi taʼlim
    maktabgacha fan innovatsiyalar madaniyat energetika qishloq xoʻjaligi ekologiya atrof-muhit atrof muhit muhofazasi
    investitsiyalar sanoat savdo transport raqamli texnologiyalar bandlik mehnat munosabatlari kambagʻallikni
    qisqartirish turizm sport favqulodda vaziyatlar iqtisodiy aloqalar taraqqiyot boʻyicha uchun huzuridagi
    qoshidagi masalalari siyosat siyosati huquqlari inson matbuot xizmati axborot va respublikasi`,
  honorifics: list(
    'dr prof akademik muhtaram hurmatli janobi hazrati',
    singular('janob'),
    singular('xonim'),
    ['oliylar', 'hazratlar'].flatMap((s) => possessed(s)),
  ),
  institutions,
  regions: list(REGIONS.split(/\s+/).flatMap((r) => cases(r))),
  cues: list(
    singular('kompaniya'),
    singular('xolding'),
    singular('jurnalist'),
    singular('muxbir'),
    singular('yozuvchi'),
    singular('shoir'),
    singular('tarixchi'),
    `aj mchj ltd inc gmbh ceo boshqaruv rassom bastakor aktyor xonanda fotograf muharrir faylasuf mutafakkir
    alloma marhum asoschisi buyuk sohibqiron shahid`,
  ),
  and: 'va hamda bilan',
  with: 'bilan birga',
  callWords: list(
    singular('telefon'),
    singular('muloqot'),
    plural('muloqot'),
    singular('suhbat'),
    singular('muzokara'),
    plural('muzokara'),
    singular('uchrashuv'),
    plural('uchrashuv'),
    'suhbatlashdi uchrashdi videokonferensiya videoaloqa video',
  ),
  callVerbs:
    'bir ikki tomonlama orqali formatida oʻtkazdi oʻtkazildi boʻlib oʻtdi qabul qildi bilan uchrashdi',
  particles: 'von der van de da di del bin ibn al el',
  endings: 'i si ni ga ka qa da dan ning lar imiz miz',
  surnameEndings: 'ov ova ev eva yev yeva zoda',
  // A verbal noun or a plural in a case opens sentences ("Uchrashuvda", "Muzokaralarda"); a name has neither.
  nounEndings: 'uvda uvida uvdan uvga uvlarda ishda ishida larda lardan larga larida',
  // Ulutashga and Ulutash, Saidovning and Saidov compare equal.
  caseEndings: 'ning ga ka qa ni da dan dagi',
  nameSuffixes: [
    // Feminine -ova/-eva: Narbayevaning, Saidovaga, Qodirovani, Ikramovadan.
    [/^(\p{Lu}\p{L}{2,}(?:ov|ev)a)(?:ning|ga|ni|da|dan)$/u, '$1'],
    // Masculine -ov/-ev/-yev: Saidovning, Mirziyoyevga, Norovni, Tokayevdan.
    [/^(\p{Lu}\p{L}{2,}(?:ov|ev))(?:ning|ga|ni|da|dan|dek)$/u, '$1'],
    // Foreign and neighbouring surnames of a known shape: Putinning, Shevchenkoga, Zelenskiyni, Rahmonzodaning.
    [/^(\p{Lu}\p{L}{2,}in)ning$/u, '$1'],
    [/^(\p{Lu}\p{L}+enko)(?:ning|ga|ni)$/u, '$1'],
    [/^(\p{Lu}\p{L}+skiy)(?:ning|ga|ni)$/u, '$1'],
    [/^(\p{Lu}\p{L}+zoda)(?:ning|ga|ni)$/u, '$1'],
    // Georgian surnames: Kobaidzening, Gelashviliga.
    [/^(\p{Lu}\p{L}+(?:dze|shvili))(?:ning|ga|ni)$/u, '$1'],
  ],
};
