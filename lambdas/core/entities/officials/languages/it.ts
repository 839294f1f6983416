import type { Language } from './language';

/**
 * Italian, as written by the Farnesina, the Quirinale, Palazzo Chigi and the two Chambers: "il Presidente
 * del Consiglio dei Ministri, Giorgia X", "il Ministro degli Affari Esteri e della Cooperazione
 * Internazionale On. Antonio Y", "S.E. l'Ambasciatore Z", "la Sen. ...", "la Dott.ssa ...". Names do not
 * inflect for case, so there is no `officeCase` or `nominative`. Elided articles and prepositions
 * ("l'Ambasciatore", "dell'Interno", "d'affari") are split at the apostrophe by the tokenizer, so their
 * bare forms (l, dell, d, all) are connectors; abbreviated styles split the same way (Dott.ssa: dott + ssa,
 * Sig.ra: sig + ra), so each part is listed.
 */
export const it: Language = {
  code: 'it',
  name: 'Italian',
  script: 'latin',

  letters: 'àèéìòù',

  stopWords: `
    il lo gli le di del dello della dei degli delle dal dalla dai dagli dalle nel nello nella nei negli
    nelle con sul sulla per tra fra che è sono ha hanno uno una non anche come più questo questa questi
    queste suo sua suoi sue al allo alla ai agli alle ed ma dopo durante oggi ieri già molto sempre stato
    stata essere inoltre presso mentre quale quali cui
  `,

  offices: `
    presidente presidentessa presidenti vicepresidente vicepresidentessa vicepresidenti
    ministro ministra ministri ministre viceministro viceministra viceministri premier
    sottosegretario sottosegretaria sottosegretari segretario segretaria segretari segretarie
    ambasciatore ambasciatrice ambasciatori ambasciatrici amb incaricato incaricata incaricati
    console consoli consolessa viceconsole addetto addetta addetti
    inviato inviata inviati inviate emissario rappresentante rappresentanti delegato delegata delegati
    capodelegazione capomissione
    portavoce
    direttore direttrice direttori direttrici vicedirettore vicedirettrice capo capi capogruppo capigruppo
    consigliere consigliera consiglieri
    commissario commissaria commissari coordinatore coordinatrice coordinatori
    rettore rettrice rettori cancelliere cancellieri revisore revisori ispettore ispettrice ispettori
    garante garanti difensore mediatore mediatrice relatore relatrice relatori
    procuratore procuratrice magistrato giudice questore prefetto prefetti
    governatore governatrice governatori sindaco sindaca sindaci assessore assessora assessori
    deputato deputata deputati deputate eurodeputato eurodeputata eurodeputati europarlamentare
    senatore senatrice senatori senatrici parlamentare parlamentari membro membri componente componenti
    titolare titolari leader dirigente dirigenti funzionario funzionaria funzionari
    re regina principe principessa principi emiro emiri sceicco sceicchi sultano
    omologo omologa omologhi omologhe controparte
    papa pontefice patriarca muftì nunzio arcivescovo cardinale vescovo
  `,

  pluralOffices: `
    presidenti vicepresidenti ministri ministre viceministri sottosegretari segretari ambasciatori
    ambasciatrici consoli inviati rappresentanti delegati direttori capi capigruppo consiglieri commissari
    coordinatori rettori governatori sindaci prefetti assessori deputati deputate eurodeputati senatori
    senatrici parlamentari membri componenti titolari dirigenti funzionari omologhi omologhe principi
    emiri sceicchi
  `,

  modifiers: `
    primo prima vice aggiunto aggiunta aggiunti generale generali straordinario straordinaria
    plenipotenziario plenipotenziaria plen speciale speciali permanente permanenti interino interina alto
    alta alti alte principale esecutivo esecutiva uscente entrante eletto eletta designato designata
    nuovo nuova attuale onorario onoraria residente regionale nazionale federale ex i vicario vicaria
    facente funzione funzioni reggente decano stampa stato
  `,

  connectors: `
    di del dello della dei degli delle d dell da dal dallo dalla dai dagli dalle dall a al allo alla ai
    agli alle all ad in nel nello nella nei negli nelle nell per presso su sul sulla sui sugli sull e ed
    il lo la l i gli le tra fra contro
    affari esteri cooperazione internazionale
  `,

  // Styles only office holders are given: senators ("Sen."), plenipotentiary ministers of the diplomatic service
  // ("Min. Plen."), and "Eccellenza".
  officeStyles: 'sen min plen eccellenza onorevole',
  honorifics: `
    signor signore signora signori signorina sig sigg ra na ssa
    dott dottor dottore dottoressa dottori dr ing ingegner ingegnere avv avvocato arch geom rag
    prof professor professore professoressa on onorevole onorevoli sen
    fra sua eccellenza eccellenze maestà altezza santità eminenza s e em
    mons monsignor monsignore don cav cavaliere comm commendatore gen ill mo min
  `,

  institutions: `
    ministero ministeri governo governi presidenza vicepresidenza farnesina quirinale chigi palazzo
    montecitorio madama viminale ambasciata ambasciate consolato consolati repubblica regno federazione
    stati uniti unione europea nazioni unite organizzazione organizzazioni agenzia ufficio segreteria
    segretariato consiglio congresso senato camera assemblea parlamento commissione comitato tribunale
    corte suprema costituzionale cassazione procura prefettura questura comune provincia regione città
    metropolitana giunta sede vaticano vaticana
    università accademia istituto fondazione banca fondo azienda società impresa gruppo compagnia
    associazione confederazione sindacato partito movimento fronte alleanza coalizione forum vertice
    conferenza riunione sessione sviluppo commercio economia finanze tesoro difesa interno interni
    giustizia istruzione cultura salute sanità lavoro energia agricoltura industria turismo trasporti
    infrastrutture ambiente ricerca scienza tecnologia innovazione sicurezza affari esteri cooperazione
    polizia carabinieri esercito aeronautica guardia finanza
    nazionale internazionale europeo federale regionale provinciale comunale statale presidenziale
    gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre
    lunedì martedì mercoledì giovedì venerdì sabato
    roma milano parigi londra berlino bruxelles ginevra vienna pechino tokyo washington madrid lisbona
    atene varsavia praga belgrado tirana ankara teheran tunisi algeri rabat cairo tripoli beirut
    gerusalemme kiev kyiv astana strasburgo
  `,

  regions: `
    europa asia africa oceania america americhe latinoamerica maghreb sahel mediterraneo balcani caucaso
    medio oriente vicino golfo persico indo-pacifico indopacifico pacifico atlantico artico antartide
    baltico scandinavia mitteleuropa corno latina caraibi centrale occidentale orientale meridionale
    settentrionale subsahariana sud nord est ovest sudest nordest
  `,

  cues: `
    azienda aziende società compagnia multinazionale holding fondatore fondatrice
    cofondatore amministratore imprenditore imprenditrice manager giornalista giornalisti corrispondente
    reporter fotografo fotografa fotoreporter scrittore scrittrice autore autrice poeta poetessa
    romanziere artista attore attrice cantante compositore compositrice filosofo scienziato scienziata
    storico storica ricercatore ricercatrice analista compianto compianta defunto defunta scomparso
    scomparsa san santo santa beato beata
  `,

  and: 'e ed',
  with: 'con insieme',

  callWords: `
    telefonata telefonate telefonico telefonica telefono colloquio colloqui conversazione conversazioni
    videochiamata videoconferenza incontro incontri riunione riunioni dialogo consultazioni chiamata
    chiamate
  `,

  asWords: 'come',
  succeedVerbs: 'succede succeduto sostituisce sostituito',
  callVerbs: `
    ha hanno avuto tenuto svolto svolta svolti si è un una il lo la l cordiale lungo lunga proficuo
    proficua bilaterale bilaterali ufficiale nuovo nuova primo prima odierno odierna oggi ieri video via
  `,

  particles: 'di de del della dei degli da dal dalla d dell von van der den bin ibn bint',

  endings: 'o a i e',

  surnameEndings: 'ini etti etto elli ello ucci uzzi azzi ozzi ese ardi aldi oni ieri ari',
  nounEndings: 'zione zioni ità mento ismo',
};
