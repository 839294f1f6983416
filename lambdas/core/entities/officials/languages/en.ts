import type { Language } from './language';

/** English, as written by foreign ministries, presidencies and news agencies worldwide. */
export const en: Language = {
  code: 'en',
  name: 'English',
  script: 'latin',
  lowercaseRoleWords: false,
  stopWords: `the of and to in on for with by from at that this is was were has have had will would be been
    which who its his her their our an a as also during after before between about said noted stressed`,
  offices: `president vice-president vicepresident minister secretary secretary-general undersecretary
    under-secretary ambassador speaker chairman chairwoman chairperson chair deputy senator congressman
    congresswoman governor mayor spokesperson spokesman spokeswoman akim king queen emir sheikh prince princess
    chancellor premier commissioner envoy consul director director-general head leader adviser advisor
    counsellor counselor attache charge mp representative ombudsman ombudsperson prosecutor-general
    vice-chancellor emperor sultan chief counterpart nuncio archbishop cardinal patriarch pope mufti administrator
    coordinator rector registrar comptroller auditor inspector rapporteur delegate member commander officer`,
  pluralOffices: `presidents ministers secretaries ambassadors speakers chairmen chairpersons governors mayors
    envoys leaders senators counterparts mps directors heads representatives commissioners delegates members
    deputies kings emirs sheikhs princes consuls advisers advisors officers`,
  modifiers: `prime foreign first vice deputy state under parliamentary extraordinary plenipotentiary special
    high lead chief general joint additional associate acting interim former crown executive permanent principal senior assistant national
    federal supreme honorary honourary coordinating new incoming outgoing designate elect foreign-affairs lord our country
    apostolic affairs staff its his her their with a an`,
  connectors: 'of the to for and at in on from d',
  honorifics: `mr mrs ms dr h e his her excellency excellencies his-excellency m mme dato datuk datin seri sri tun
    sir dame madam shri smt sayyid highness honourable honorable hon right rt shaikh shaikha sheikha samdech
    techo makhdoom yang berhormat hh gen col maj lt adm brig capt cdr majesty royal eminence holiness
    beatitude engr eng alhaji hajiya khun messrs mesdames arkadag gahryman fra`,
  officeStyles: 'excellency excellencies honourable honorable hon he hh',
  peerages: 'lord lady baroness baron viscount viscountess earl countess marquess marchioness',
  institutions: `the a an on in at during after before with and of for to by from this that these those he she it
    they we his her their our its mr mrs ms dr prof sir madam dame dear excellency excellencies his-excellency
    today yesterday monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december ministry ministries assembly parliament government
    council commission committee department office embassy consulate republic federation kingdom union states
    state united national federal foreign affairs international security policy forum conference summit meeting
    dialogue agency service press information university bank fund organization organisation group party house
    senate congress court mission delegation cooperation development economic trade investment investments
    industry finance treasury defence defense interior justice energy health education culture agriculture region
    province city district strategic high level informal turkic islamic arab emirates emirate abu dhabi peace
    unity nation people founder source photo read also note according however following majilis
    mazhilis halk maslahaty kurultai oliy jogorku kenesh akorda kremlin white palace hall crocus nations regional
    centre center institute institution programme program initiative diplomacy preventive academy foundation
    authority board chamber association society alliance partnership secretariat bureau directorate executive coalition network platform format corporation company airways airlines railways
    presidential administration apparatus cabinet chancellery large issues relations rights human women youth
    children protocol climate environment migration refugees labour labor transport communications digital
    technology tourism sport sports emergency situations ecology resources science commerce integration majlis
    maslahat meet meets hold holds discuss discusses receive receives visit visits attend attends gmbh ag inc
    ltd llc jsc plc corp co nhk bbc cnn tass ria division unit section armed forces army navy guard police
    military command headquarters
    economy economics mining mines petroleum oil gas fisheries forestry housing infrastructure planning
    public works welfare social veterans aviation maritime roads telecommunications broadcasting heritage arts
    research statistics customs revenue taxation budget urban rural local gender family sciences water
    duma rada sejm senat saeima seimas riigikogu knesset bundestag storting riksdag folketing eduskunta althingi
    milli mejlis medzhlis meclis khural sabor
    astana moscow washington dushanbe tashkent bishkek ashgabat baku yerevan tbilisi ankara berlin vienna wien
    paris london brussels bruxelles zagreb ljubljana tokyo seoul beijing kyiv kiev minsk budapest warsaw prague
    belgrade belgrad buenos aires dubrovnik munich samarkand antalya turkistan izhevsk`,
  regions: `sea ocean central asia asian europe european eastern western northern southern east west north south middle africa
    southeast south-east northeast north-east southwest northwest sahel horn lakes gulf arctic baltic nordic
    african caucasus balkans pacific atlantic global world`,
  cues: `company corporation corp inc ltd llc jsc plc gmbh ag holding group bank airlines airline ceo founder
    journalist correspondent reporter photographer editor author writer poet artist actor singer composer
    philosopher scientist professor late officer`,
  companyTitles:
    'executive operating financial technology information investment commercial marketing compliance',
  and: 'and',
  with: 'with',
  callWords: 'telephone phone conversation talks call',
  asWords: 'as',
  succeedVerbs: 'succeeded succeeds succeed replaced replaces replace',
  callVerbs: 'had held holds hold has have conducted a an the video official bilateral separate',
  particles: 'bin ben ibn bint al el von van der de da del di zu',
  // Generational suffixes end a name: "Joseph R. Biden, Jr.".
  patronymics: 'jr sr jnr snr',
  endings: '',
  // English releases name people from everywhere: the surname shapes of languages without a table of their own
  // (Romanian, Greek, Armenian, Georgian, Lithuanian, Finnish, Turkish in English spelling).
  surnameEndings: 'escu eanu opoulos poulos akis idis yan dze shvili aitis auskas ienė nen oglu',
  // Common nouns of institutions and programmes: "Civil Aviation", "Rural Electrification", "Economy" no.
  nounEndings: 'tion sion ment ity ship ism ology',
};
