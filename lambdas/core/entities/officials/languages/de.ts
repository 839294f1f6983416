import type { Language } from './language';

/** German (Germany, Austria, Switzerland). */
export const de: Language = {
  code: 'de',
  name: 'German',
  script: 'latin',
  letters: 'äöüß',
  stopWords: `der die das und mit den dem des ein eine einen einer im am zum zur auf für von sich ist sind
    wurde wurden hat haben auch über bei nach dass sowie zu`,
  offices: `präsident* staatspräsident* bundespräsident* vizepräsident* bundeskanzler* kanzler* kanzlerin*
    außenminister* aussenminister* minister* ministerin* ministerpräsident* premierminister* botschafter*
    botschafterin* sprecher* sprecherin* regierungssprecher* staatssekretär* staatssekretärin* vorsitzende*
    bürgermeister* gouverneur* abgeordnete* generalsekretär* amtskolleg* amtskollegin* staatsminister*
    staatsministerin* beauftragte* gesandte*
    *minister *ministerin *präsident *präsidentin *kanzler *kanzlerin *botschafter *botschafterin *sekretär
    *sekretärin *sprecher *sprecherin *beauftragte *beauftragter`,
  pluralOffices: 'ministerinnen botschafterinnen präsidentinnen staatschefs regierungschefs abgeordneten',
  modifiers: 'der des die dem den von für beim im am und kasachischen kasachische',
  connectors: 'der des von für',
  honorifics: 'herr herrn herren frau frauen dr prof exzellenz majestät hoheit',
  institutions: `bundesregierung bundeskanzleramt staaten staat zentralasiens zentralasien länder republik
    ministerium regierung auswärtiges amt auswärtigen amts amtes bundestag bundestages bundesrat bundesrates
    zusammenarbeit entwicklung wirtschaft klimaschutz verteidigung finanzen bildung forschung gesundheit arbeit
    soziales justiz umwelt ernährung landwirtschaft verkehr angelegenheiten heimat inneres europa`,
  regions: `nordeuropa südeuropa osteuropa westeuropa mitteleuropa südosteuropa zentraleuropa baltikum nahost
    nahen mittleren osten zentralasien südasien ostasien südostasien kaukasus südkaukasus balkan westbalkan arktis
    afrika sahel golfregion schwarzmeerregion mittelmeerraum indopazifik`,
  cues: 'unternehmen journalist journalistin dichter',
  and: 'und',
  with: 'mit',
  callWords: 'telefon* gespräch* telefonat* telefonisch* telefongespräch*',
  asWords: 'als',
  succeedVerbs: 'folgt folgte ersetzt ersetzte',
  callVerbs: 'führte führten hatte ein einen eine',
  particles: 'von van der zu',
  endings: 's es e en n er em in innen nen ern',
  surnameEndings: '',
  nounEndings: 'schaft heit keit tät ierung ation ismus',
};
