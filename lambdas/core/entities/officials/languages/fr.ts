import type { Language } from './language';

/** French (France, Switzerland, Belgium, the Maghreb and West Africa, the EU). */
export const fr: Language = {
  code: 'fr',
  name: 'French',
  script: 'latin',
  stopWords: `le la les des du de et en un une au aux pour par avec dans sur qui que est sont a été ont son sa ses
    leur cette ce lors entre également`,
  offices: `président présidente ministre ambassadeur ambassadrice porte-parole secrétaire représentant
    représentante maire sénateur député commissaire homologue homologues ministres nonce`,
  pluralOffices: 'ministres',
  modifiers:
    'du de la le les des et aux pour en affaires étrangères haut spécial spéciale vice-premier premier',
  connectors: 'du de la des d',
  honorifics: 'm mme',
  institutions: 'république ministère union européenne ue',
  regions: '',
  cues: 'société journaliste',
  and: 'et',
  with: 'avec',
  callWords: 'entretien',
  callVerbs: 'a eu un une',
  particles: 'de',
  endings: '',
  surnameEndings: '',
};
