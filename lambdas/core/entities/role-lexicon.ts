/**
 * Words of office and of the phrases around them, folded (no diacritics, lower case), in English, Russian,
 * Kazakh, German, Slovenian, Croatian and French. A trailing `*` marks a stem that takes inflection endings.
 */

/** Heads of a role phrase: the word that names the office. */
const HEADS = `
president vice-president vicepresident minister secretary secretary-general undersecretary
ambassador speaker chairman chairwoman chairperson chair deputy senator congressman congresswoman governor mayor
spokesperson spokesman spokeswoman akim king queen emir sheikh prince princess chancellor premier commissioner
envoy consul director director-general head leader adviser advisor counsellor counselor attache charge mp
representative ombudsman prosecutor-general mps vice-chancellor emperor sultan
presidents ministers secretaries ambassadors speakers chairmen governors mayors envoys leaders senators
counterpart counterparts nuncio archbishop cardinal patriarch pope mufti

президент* вице-президент* премьер-министр* министр* посол посл* спикер* председател* заместител* аким*
губернатор* мэр* советник* шейх* принц* эмир* корол* канцлер* сенатор* депутат* секретар* пресс-секретар*
руководител* директор* консул* султан* император* глава главы главе главой
премьер премьера премьеру премьером
премьер-министрі* президенті* елші* төраға* елшісі елшісімен елшісін елшісіне елшісінің төрағасы төрағасымен төрағасын төрағасының

präsident* staatspräsident* bundespräsident* vizepräsident* bundeskanzler* kanzler* kanzlerin* außenminister* aussenminister*
minister* ministerin* ministerpräsident* premierminister* botschafter* botschafterin* sprecher* sprecherin*
regierungssprecher* staatssekretär* staatssekretärin* vorsitzende* bürgermeister* gouverneur* abgeordnete* generalsekretär*
amtskolleg* amtskollegin* staatsminister* staatsministerin* beauftragte* gesandte*

predsednik* predsednic* predsjednik* predsjednic* veleposlanic* ministric* sekretark* premijer* premijerka* ministar* ministrica* veleposlanik*
veleposlanica* tajnik* tajnica* sekretar* sekretarka* župan* županja* gradonačelnik* glasnogovornik* glasnogovornica*
zastupnik* poslanec* poslanka* kancelar* ministra ministru ministrom ministri ministrih ministrov ministre
ministrice ministrico državnim sekretarjem veleposlanikom predsednikom kolega kolegom kolegu kolege kolegica
kolegico kolegici kolegicom

président présidente ministre ambassadeur ambassadrice porte-parole secrétaire représentant représentante
maire sénateur député commissaire homologue homologues ministres nonce
`;

/** Words that qualify an office inside a role phrase ("Deputy Prime", "Extraordinary and Plenipotentiary"). */
const MODIFIERS = `
prime foreign first vice deputy state under parliamentary extraordinary plenipotentiary special high lead chief
general acting interim former crown executive permanent principal senior assistant national federal supreme
honorary honourary new incoming outgoing designate elect foreign-affairs lord our country apostolic
of the to for and at in on with a an its his her their affairs

чрезвычайн* полномочн* наследн* первы* перв* генеральн* постоянн* иностранн* дел и по при в наш* стран*

der des die dem den von für beim im am und kasachischen kasachische

državni državna zunanji zunanja za pri in na u v i izvanredni opunomoćeni

du de la le les des et aux pour en affaires étrangères haut spécial spéciale vice-premier premier
`;

/** Capitalised words that belong to institutions, places and dates, never to a person's name. */
const NOT_NAME = `
the a an on in at during after before with and of for to by from this that these those he she it they we his her
their our its mr mrs ms dr prof sir madam dame dear excellency excellencies his-excellency dato datuk datin seri sri tun today yesterday
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
september october november december ministry ministries assembly parliament government council commission
committee department office embassy consulate republic federation kingdom union states state united national
federal foreign affairs international security policy forum conference summit meeting dialogue agency service
press information university bank fund organization organisation group party house senate congress court mission
delegation cooperation development economic trade investment investments industry finance treasury defence defense
interior justice energy health education culture agriculture region province city district central asia europe
european eastern western northern southern east west north south middle africa african caucasus balkans pacific
atlantic global world day year strategic high level informal turkic islamic arab emirates emirate abu dhabi
peace unity nation people leader founder head source photo read also note according however following
majilis mazhilis halk maslahaty kurultai oliy jogorku kenesh akorda kremlin white palace hall city crocus
astana moscow washington dushanbe tashkent bishkek ashgabat baku yerevan tbilisi ankara berlin vienna wien paris
london brussels bruxelles zagreb ljubljana tokyo seoul beijing kyiv kiev minsk budapest warsaw prague belgrade belgrad
dubrovnik munich samarkand antalya turkistan izhevsk
nations regional centre center institute institution programme program initiative diplomacy preventive academy
foundation authority board chamber association society alliance partnership secretariat bureau directorate
officer officers executive coalition network platform format corporation company airways airlines railways
presidential administration apparatus cabinet chancellery large issues relations rights human women youth
children protocol climate environment migration refugees labour labor transport communications digital technology
tourism sport sports emergency situations ecology resources science commerce integration majlis maslahat
meet meets hold holds discuss discusses receive receives visit visits attend attends
gmbh ag inc ltd llc jsc plc corp co
министерство министерства мид правительство посольство республика республики республике федерация федерации
совет собрание парламент сенат мажилис организация организации объединенных объединенные арабских эмиратов эмирата
абу-даби абу даби источник пресс-служба пресс служба акорды президента государства глава
европейск* евразийск* азиатск* исламск* международн* государственн* национальн* верховн* кабинет*
исполком* сенат* парламент* мажилис* собрани* правительств* посольств* республик* федераци* организаци*
администрац* аппарат* канцеляри* палат* комитет* агентств* управлени* департамент* министерств* ведомств*
bundesregierung bundeskanzleramt staaten staat zentralasiens zentralasien länder republik ministerium regierung auswärtiges amt
auswärtigen amts amtes bundestag bundestages bundesrat bundesrates zusammenarbeit entwicklung wirtschaft klimaschutz
verteidigung finanzen bildung forschung gesundheit arbeit soziales justiz umwelt ernährung landwirtschaft verkehr
angelegenheiten heimat inneres europa
republika republike republici republiku republikom republiko republiki vlada vlade vladi sabor sabora
ministarstvo veleposlanstvo
république ministère union européenne ue
nhk bbc cnn tass ria
`;

/** Acronyms written in capitals that are organisations, never part of a person's name. */
const ACRONYMS = new Set(
  `GUAM NATO OSCE OSZE CIS SCO CSTO EAEU ASEAN OIC UNESCO UNICEF WTO IMF MFA FCDO MP MPS EU UN UNGA BRICS CICA OTS
  TURKSOY NHK CEO CIA FBI USA USSR UAE ROK DPRK PRC RF RH RK KZ BBC CNN TASS NIAT UZA HE ОБСЕ СНГ ШОС ОДКБ ЕАЭС МИД
  СМИД РФ ОАЭ США КНР НИАТ ООН ЕС`.split(/\s+/),
);

/** Cue words after which a name is a company's, a journalist's or a historical person's, not an official's. */
const NOT_OFFICIAL_CUES = `
company corporation corp inc ltd llc jsc plc gmbh ag holding group bank airlines airline ceo founder journalist
correspondent reporter photographer editor author writer poet artist actor singer composer philosopher scientist
professor late officer
компании компания телерадиокомпании журналист журналиста журналистом корреспондент писатель поэт
unternehmen journalist journalistin dichter
tvrtke novinar novinarka
société journaliste
`;

function words(block: string): string[] {
  return block.split(/\s+/).filter((w) => w.length > 0);
}

function split(block: string): { exact: Set<string>; stems: Set<string> } {
  const exact = new Set<string>();
  const stems = new Set<string>();
  for (const w of words(block)) {
    const f = w.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
    if (f.endsWith('*')) stems.add(f.slice(0, -1));
    else exact.add(f);
  }
  return { exact, stems };
}

const heads = split(HEADS);
const modifiers = split(MODIFIERS);
const notName = split(NOT_NAME);
const cues = split(NOT_OFFICIAL_CUES);

// Inflection endings only, so that the stem "zupan" (župan, mayor) does not find the surname Zupančič.
const ENDING = /^(?:[аяоеуюыиьмхгвіңқ]{1,3}|[aeioujmhgnrs]{1,3})$/;

function inSet(folded: string, set: { exact: Set<string>; stems: Set<string> }, maxEnding: number): boolean {
  let memo = MEMO.get(set);
  if (!memo) {
    memo = new Map();
    MEMO.set(set, memo);
  }
  const hit = memo.get(folded);
  if (hit !== undefined) return hit;
  const result = lookUp(folded, set, maxEnding);
  if (memo.size > 50_000) memo.clear();
  memo.set(folded, result);
  return result;
}

// Words repeat across releases: the answers are memoised per word.
const MEMO = new WeakMap<object, Map<string, boolean>>();

function lookUp(folded: string, set: { exact: Set<string>; stems: Set<string> }, maxEnding: number): boolean {
  if (set.exact.has(folded)) return true;
  for (let k = 0; k <= maxEnding && folded.length - k >= 3; k++) {
    if (k > 0 && !ENDING.test(folded.slice(folded.length - k))) continue;
    if (set.stems.has(k === 0 ? folded : folded.slice(0, folded.length - k))) return true;
  }
  return false;
}

/** The word names an office (President, Министра, veleposlanika, Außenminister). */
export function isRoleHead(folded: string): boolean {
  const known = HEAD_MEMO.get(folded);
  if (known !== undefined) return known;
  const head = inSet(folded, heads, 3) || (folded.length > 9 && GERMAN_COMPOUND_HEAD.test(folded));
  if (HEAD_MEMO.size > 50_000) HEAD_MEMO.clear();
  HEAD_MEMO.set(folded, head);
  return head;
}

const HEAD_MEMO = new Map<string, boolean>();

// German compounds end in the office: Bundesaußenministerin, Staatspräsident, Regierungssprecher.
const GERMAN_COMPOUND_HEAD =
  /^\p{L}{3,}(?:minister|ministerin|prasident|prasidentin|kanzler|kanzlerin|botschafter|botschafterin|sekretar|sekretarin|sprecher|sprecherin|beauftragte|beauftragter)(?:s|n|en|nen)?$/u;

const englishHeads = split(HEADS.split('\n\n')[0] ?? '');

/** The office word is English: English roles never hold lowercase words before the name. */
export function isEnglishHead(folded: string): boolean {
  return englishHeads.exact.has(folded);
}

/** A plural office word that opens a list of names: "Ministers", "Presidents", "Chairmen", "ministres". */
export function isPluralHead(folded: string): boolean {
  if (folded === 'chairmen' || folded === 'ministres' || folded === 'mps') return true;
  return folded.endsWith('s') && folded.length > 4 && englishHeads.exact.has(folded.slice(0, -1));
}

/** The word can stand inside a role phrase without naming the office itself. */
export function isRoleModifier(folded: string): boolean {
  return inSet(folded, modifiers, 3);
}

/** The capitalised word belongs to an institution, a place or a date, not to a name. */
export function isNotName(folded: string): boolean {
  // Up to three ending letters, for the Russian institution stems (Администрации, Палаты, Европейского).
  return inSet(folded, notName, 3);
}

/** An acronym that names an organisation. */
export function isAcronym(text: string): boolean {
  return ACRONYMS.has(text);
}

/** A word that shows the person is not an official (a company, a journalist, a writer). */
export function isNotOfficialCue(folded: string): boolean {
  return inSet(folded, cues, 2);
}
