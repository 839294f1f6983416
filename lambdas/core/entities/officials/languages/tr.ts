import type { Language } from './language';

/**
 * Turkish. The office follows its genitive complement and takes the possessive suffix: "Azerbaycan
 * Cumhurbaşkanı İlham Aliyev", "Dışişleri Bakanı", "Bakan Yardımcısı", "Büyükelçimiz". Case suffixes on proper
 * names stand after an apostrophe ("Fidan'ın", "Aliyev'le"), which the tokenizer splits off, so a name word
 * needs no nominative rebuilding; common nouns (offices, institutions) take their suffixes without one, so
 * their forms are generated below from the stem by vowel harmony.
 */

const VOWEL = /[aeıioöuü]/;
const VOICELESS = /[çfhkpsşt]$/;
const SOFT: Record<string, string> = { k: 'ğ', p: 'b', ç: 'c', t: 'd' };
const HIGH: Record<string, string> = { a: 'ı', ı: 'ı', o: 'u', u: 'u', e: 'i', i: 'i', ö: 'ü', ü: 'ü' };

function lastVowel(word: string): string {
  for (let k = word.length - 1; k >= 0; k--) if (VOWEL.test(word[k] ?? '')) return word[k] as string;
  return 'e';
}

/**
 * Appends a suffix written with archiphonemes: `A` a/e, `I` ı/i/u/ü, `D` d/t; a bracketed letter is a buffer
 * kept only after a vowel ("(n)In", "(y)A", "(s)I") or, for `(I)`, only after a consonant ("(I)mIz"). With
 * `soft`, a final k/p/ç/t of the stem softens before a vowel (patrik -> patriği, muhatap -> muhatabı).
 */
function add(word: string, suffix: string, soft = false): string {
  let out = word;
  const parts = suffix.match(/\(.\)|./g) ?? [];
  for (const part of parts) {
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
          : 'e'
        : p === 'I'
          ? (HIGH[lastVowel(out)] ?? 'i')
          : p === 'D'
            ? VOICELESS.test(out)
              ? 't'
              : 'd'
            : p;
    if (soft && out === word && VOWEL.test(letter)) {
      const last = out.at(-1) ?? '';
      if (SOFT[last]) out = out.slice(0, -1) + SOFT[last];
    }
    out += letter;
  }
  return out;
}

/**
 * The bare case forms: nominative, genitive, dative, accusative, locative, ablative, instrumental, and the
 * attributive locative (Bakanlıktaki).
 */
const CASES = ['', '(n)In', '(y)A', '(y)I', 'DA', 'DAn', '(y)lA', 'DAki'];
/** The case forms after a possessive suffix, which take the pronominal n. */
const AFTER_POSSESSIVE = ['', 'nIn', 'nA', 'nI', 'ndA', 'ndAn', 'ylA', 'ndAki'];

function cases(stem: string, soft = false): string[] {
  return CASES.map((c) => add(stem, c, soft));
}

/** Third-person possessive ("Bakanı", "Büyükelçisi") in every case. */
function possessed(stem: string, soft = false): string[] {
  const p = add(stem, '(s)I', soft);
  return AFTER_POSSESSIVE.map((c) => add(p, c));
}

/** First-person plural possessive ("Bakanımız", "Büyükelçimizin"), the releases' "our Minister". */
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

/** Office nouns with a full paradigm; `true` marks a stem whose final consonant softens. */
const OFFICE_NOUNS: readonly (readonly [string, boolean?])[] = [
  ['bakan'],
  ['başbakan'],
  ['başkan'],
  ['yardımcı'],
  ['vekil'],
  ['muavin'],
  ['müsteşar'],
  ['büyükelçi'],
  ['elçi'],
  ['maslahatgüzar'],
  ['konsolos'],
  ['başkonsolos'],
  ['temsilci'],
  ['sekreter'],
  ['sözcü'],
  ['müdür'],
  ['direktör'],
  ['yönetici'],
  ['lider'],
  ['şef'],
  ['danışman'],
  ['başdanışman'],
  ['müşavir'],
  ['başmüşavir'],
  ['komiser'],
  ['koordinatör'],
  ['rektör'],
  ['denetçi'],
  ['başdenetçi'],
  ['müfettiş'],
  ['ombudsman'],
  ['raportör'],
  ['delege'],
  ['üye'],
  ['senatör'],
  ['vali'],
  ['kaymakam'],
  ['akim'],
  ['kral'],
  ['kraliçe'],
  ['emir'],
  ['şeyh'],
  ['prens'],
  ['prenses'],
  ['sultan'],
  ['imparator'],
  ['hükümdar'],
  ['şansölye'],
  ['mevkidaş'],
  ['muhatap', true],
  ['müzakereci'],
  ['başmüzakereci'],
  ['savcı'],
  ['başsavcı'],
  ['patrik', true],
  ['papa'],
  ['müftü'],
  ['başmüftü'],
];

/** Compounds that exist only with the possessive: cumhurbaşkanı, milletvekili, başkanvekili. */
const POSSESSED_OFFICES = ['cumhurbaşkan', 'milletvekil', 'başkanvekil'];

const offices = list(
  OFFICE_NOUNS.flatMap(([stem, soft]) => singular(stem, soft)),
  POSSESSED_OFFICES.flatMap((stem) => [...possessed(stem), ...ours(stem)]),
);

const pluralOffices = list(
  OFFICE_NOUNS.flatMap(([stem]) => plural(stem)),
  POSSESSED_OFFICES.flatMap((stem) => possessed(add(stem, 'lAr'))),
);

const INSTITUTION_NOUNS: readonly (readonly [string, boolean?])[] = [
  ['bakanlık', true],
  ['cumhuriyet'],
  ['krallık', true],
  ['emirlik', true],
  ['federasyon'],
  ['hükümet'],
  ['büyükelçilik', true],
  ['başkonsolosluk', true],
  ['konsolosluk', true],
  ['temsilcilik', true],
  ['cumhurbaşkanlık', true],
  ['başbakanlık', true],
  ['başkanlık', true],
  ['müsteşarlık', true],
  ['müdürlük', true],
  ['sekreterlik', true],
  ['sekretarya'],
  ['meclis'],
  ['parlamento'],
  ['senato'],
  ['kongre'],
  ['kurultay'],
  ['kurul'],
  ['konsey'],
  ['komite'],
  ['komisyon'],
  ['ajans'],
  ['kurum'],
  ['kuruluş'],
  ['teşkilat'],
  ['örgüt'],
  ['birlik', true],
  ['ittifak', true],
  ['ortaklık', true],
  ['üniversite'],
  ['akademi'],
  ['enstitü'],
  ['banka'],
  ['merkez'],
  ['fon'],
  ['oda'],
  ['müze'],
  ['tiyatro'],
  ['kütüphane'],
  ['filarmoni'],
  ['mahkeme'],
  ['sayıştay'],
  ['danıştay'],
  ['yargıtay'],
  ['daire'],
  ['departman'],
  ['ofis'],
  ['büro'],
  ['forum'],
  ['zirve'],
  ['toplantı'],
  ['konferans'],
  ['diyalog'],
  ['platform'],
  ['program'],
  ['girişim'],
  ['devlet'],
  ['belediye'],
  ['heyet'],
  ['ziyaret'],
  ['tören'],
  ['etkinlik', true],
  ['millet'],
];

const institutions = list(
  INSTITUTION_NOUNS.flatMap(([stem, soft]) => singular(stem, soft)),
  INSTITUTION_NOUNS.flatMap(([stem]) => cases(add(stem, 'lAr'))),
  'vakıf vakfı vakfının vakfına vakfında işbirliği işbirliğinin işbirliğine',
  `birleşmiş birleşik milletler ulusal milli uluslararası federal hükümetlerarası stratejik karma ortak ekonomik
  yüksek düzeyli büyükşehir türkiye büyük tbmm mgk tika dışişleri kabine başkomutanlık genelkurmay`,
  `ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık
  pazartesi salı çarşamba perşembe cuma cumartesi pazar`,
  `ankara istanbul bakü astana taşkent bişkek aşkabat duşanbe moskova vaşington washington brüksel londra paris
  berlin viyana pekin tokyo tahran tiflis erivan kiev kyiv minsk roma madrid cenevre lahey varşova budapeşte
  bükreş sofya belgrad zagreb saraybosna üsküp tiran atina lefkoşa kahire riyad doha abudabi islamabad kabil
  yeni delhi seul`,
  'anadolu aa trt azertac kabar uza kazinform tass reuters bm türk',
);

export const tr: Language = {
  code: 'tr',
  name: 'Turkish',
  script: 'latin',
  headFinalRoles: true,
  letters: 'ığşçöüâî',
  stopWords: `ve ile için olarak tarafından ayrıca ancak değil gibi daha çok ise kadar göre sonra önce üzerinde
    arasında konusunda kapsamında sırasında ilgili olan olduğunu olduğu edildi etti eden yapıldı gerçekleştirildi
    belirtti ifade bulundu şu bu bir her hem veya ya da de ki ne en yeni iki ikili görüştü`,
  offices,
  pluralOffices,
  modifiers: `birinci ikinci özel daimi olağanüstü tam yetkili genel kıdemli geçici yüksek eski yeni devlet baş
    fahri seçilmiş atanan sorumlu yardımcı`,
  connectors: `dışişleri içişleri işleri işler dış iç ilişkiler adalet milli savunma hazine maliye ekonomi ekonomik
    ticaret sanayi teknoloji enerji tabii kaynaklar tarım orman sağlık eğitim kültür turizm ulaştırma altyapı çevre
    şehircilik iklim değişikliği aile sosyal hizmetler çalışma güvenlik gençlik spor yatırım kalkınma halkla
    iletişim diplomasi insan hakları göç afet acil durum bilim dijital bölgesel koordinasyon ve için nezdinde
    ilişkilerinden sorumlu avrupa birliği`,
  honorifics: list(
    'sayın sn bay bayan doktor dr prof doç av müh sayın zatıâlileri zatıalileri',
    singular('bey'),
    singular('beyefendi'),
    singular('hanım'),
    singular('hanımefendi'),
    ['ekselanslar', 'majesteler', 'hazretler'].flatMap((s) => possessed(s)),
  ),
  institutions,
  regions: `asya orta kafkasya kafkas ortadoğu doğu batı kuzey güney balkanlar balkan körfez hazar avrasya avrupa
    afrika pasifik latin karadeniz akdeniz ege sahel baltık iskandinavya arktik levant mağrip türkistan anadolu
    dünyası`,
  cues: list(
    singular('şirket'),
    singular('holding'),
    singular('gazeteci'),
    singular('muhabir'),
    singular('yazar'),
    `grubu ltd şti aş inc gmbh llc ceo icra yönetim kurucusu şair tarihçi ressam sanatçı oyuncu besteci yönetmen
    fotoğrafçı editör akademisyen filozof düşünür merhum rahmetli müteveffa ebedi ulu önder şehit gazi`,
  ),
  and: 've ile',
  with: 'ile birlikte beraber yla yle la le',
  callWords: list(
    singular('telefon'),
    singular('görüşme'),
    plural('görüşme'),
    singular('müzakere'),
    plural('müzakere'),
    'görüştü görüşmüştür görüşerek telefonla görüntülü videokonferans video konferans',
  ),
  callVerbs: `bir ikili telefon telefonla görüntülü video konferans yoluyla aracılığıyla gerçekleştirdi yaptı
    düzenledi araya geldi kabul etti ile`,
  particles: 'von der van de da di del bin ibn al el',
  endings: `ı i u a e ya ye yı yi yu yla yle la le da de ta te dan den tan ten ın in un nın nin nun na ne nı ni nu
    nda nde sı si su lar ler ım im um`,
  surnameEndings: 'oglu ogullari gil soy turk kaya tas demir ov ova ev eva yev yeva in ina uly',
  nameSuffixes: [
    // A case suffix still glued after its apostrophe: Çavuşoğlu'nun, Aliyev'le, Fidan'a, Ankara'daki.
    [
      /^(\p{Lu}[\p{L}.-]*)['’](?:n?[ıiuü]n|y?[ıiuüae]|y?l[ae]|[dt][ae]n?|[dt][ae]ki|n?[ıiuü]nki|[cç][ae])$/u,
      '$1',
    ],
  ],
};
