import type { Language, Rewrite } from './language';

// Consonants of the Slovenian and Croatian case rules, as written.
// x, q and w stand in foreign names: Maxom, Felixa, Andrewom.
export const SOUTH_SLAVIC_CONSONANT = 'bcdfghjklmnprstvzšžčćđxqw';
const C = SOUTH_SLAVIC_CONSONANT;

/**
 * Slovenian and Croatian masculine and feminine names back to the nominative: Josepha -> Joseph,
 * Schallenbergom -> Schallenberg, Grlićem -> Grlić, Szijjártójem -> Szijjártó, Tanjo -> Tanja, adjectival
 * surnames Kovačevskim -> Kovačevski; the fleeting vowel of the nominative comes back, `e` in Slovenian
 * (Petra -> Peter) and `a` in Croatian (Dimitra -> Dimitar).
 */
export function southSlavicNominative(
  fleeting: 'e' | 'a',
): Readonly<Record<'instrumental' | 'dative' | 'genitive', readonly Rewrite[]>> {
  return {
    instrumental: [
      [/([sc])kim$/u, '$1ki'],
      [/([aeiouáéíóúr])jem$/u, '$1'],
      // Altayem -> Altay.
      [/yem$/u, 'y'],
      [/([cčšžćđj])em$/u, '$1'],
      [/([bcdfgkptv])rom$/u, `$1${fleeting}r`],
      [new RegExp(`([${C}])om$`, 'u'), '$1'],
      [new RegExp(`([${C}])o$`, 'u'), '$1a'],
    ],
    dative: [
      [/([sc])k(?:om|omu|emu)$/u, '$1ki'],
      [/([bcdfgkptv])ru$/u, `$1${fleeting}r`],
      [new RegExp(`([${C}])u$`, 'u'), '$1'],
    ],
    genitive: [
      [/([sc])k(?:og|oga|ega)$/u, '$1ki'],
      // Igorja, Bakhtiyorja -> Igor, Bakhtiyor.
      [/rja$/u, 'r'],
      [/ija$/u, 'i'],
      [/ua$/u, 'u'],
      [/([bcdfgkptv])ra$/u, `$1${fleeting}r`],
      [new RegExp(`([${C}y])a$`, 'u'), '$1'],
    ],
  };
}

/** Slovenian and Croatian office words show the case: ministrom/veleposlanikom, ministru, ministra/veleposlanika. */
export const SOUTH_SLAVIC_OFFICE_CASE: Language['officeCase'] = [
  [/[bcdfghjklmnprstvz]om$/, 'instrumental'],
  // Slovenian -r stems take j: sekretarjem, premierju, kanclerja.
  [/rjem$/, 'instrumental'],
  [/rju$/, 'dative'],
  [/rja$/, 'genitive'],
  // svetovalca, poslancem, govorcu (predsednica is a nominative).
  [/[ln]ca$/, 'genitive'],
  [/[ln]cem$/, 'instrumental'],
  [/[ln]cu$/, 'dative'],
  // Feminine accusative/instrumental: z ministrico Tanjo Fajon, sprejela veleposlanico.
  [/(?:ic|k)o$/, 'instrumental'],
  [/kolegu$/, 'dative'],
  [/(?:ik|tr|nt)u$/, 'dative'],
  [/(?:ika|tra)$/, 'genitive'],
];

/** Slovenian. */
export const sl: Language = {
  code: 'sl',
  name: 'Slovenian',
  script: 'latin',
  letters: 'čšž',
  stopWords: `in je so v na z s za pri ki da se bo bil bila bili tudi ter ob po med kot iz o k h ali njegov
    njena srečal srečala sprejel sprejela`,
  offices: `predsednik* predsednic* veleposlanic* ministric* sekretark* tajnik* tajnica* sekretar* sekretarka*
    župan* županja* poslanec* poslanka* ministra ministru ministrom ministri ministrih ministrov ministre
    ministrice ministrico državnim sekretarjem veleposlanikom predsednikom kolega kolegom kolegu kolege
    kolegica kolegico kolegici veleposlanik* premier premierja premierju premierjem premierko premierka kancler
    kanclerja kanclerju kanclerjem minister podpredsednik* podpredsednic* direktor* direktoric* svetovalec
    svetovalca svetovalcu svetovalcem svetovalk* komisar* konzul* guverner* predstavnik* predstavnic* govorec
    govorca govorcu govorcem govork* odposlanec odposlanca odposlancu odposlancem odposlank* kralj* kraljic*
    princ* papež* vodja vodje vodji vodjo načelnik* načelnic* rektor* rektoric* varuh* poslanca poslancu
    poslancem`,
  pluralOffices:
    'ministri ministrov ministrih predsedniki predsednikov veleposlaniki veleposlanikov poslanci poslancev',
  modifiers: `državni državna državnega državnemu državnim državno državne zunanji zunanja zunanjega zunanjemu
    zunanjim zunanjo zunanje generalni generalnega generalnim za pri in na v`,
  connectors: 'za pri v',
  honorifics: `gospod gospoda gospodu gospodom gospa gospe gospo gospej gospodična dr prof
    njegova njena ekscelenca ekscelence ekscelenci ekscelenco`,
  institutions: 'republika republike republiki republiko vlada vlade vladi',
  regions: `evropa evrope evropi evropo azija azije aziji azijo afrika afrike afriki balkan balkana balkanu
    kavkaz kavkaza kavkazu bližnji bližnjega vzhod vzhoda vzhodu sredozemlje sredozemlja arktika arktike`,
  cues: '',
  and: 'in',
  with: 's z',
  callWords: 'pogovor*',
  callVerbs: 'opravil opravila imel imela je',
  particles: '',
  endings: 'a e i o u om em ov ih im ima ama ami ega emu ju jo ja je ko',
  // Borutom, Pahorjem, Kanglerja and Borut, Pahor, Kangler compare equal.
  caseEndings: 'jem jom ja jo ju ji om em a u e o i',
  surnameEndings: 'ic sek nik',
  officeCase: SOUTH_SLAVIC_OFFICE_CASE,
  nominative: southSlavicNominative('e'),
};
