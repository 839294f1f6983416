import type { Language } from './language';

/** French (France, Switzerland, Belgium, the Maghreb and West Africa, the EU). */
export const fr: Language = {
  code: 'fr',
  name: 'French',
  script: 'latin',
  letters: 'éèêàâçëïîôûùœ',
  stopWords: `le la les des du de et en un une au aux pour par avec dans sur qui que est sont a été ont son sa ses
    leur cette ce lors entre également`,
  offices: `président présidente ministre ambassadeur ambassadrice porte-parole secrétaire représentant
    représentante maire sénateur sénatrice député députée commissaire homologue homologues ministres nonce
    conseiller conseillère chef directeur directrice gouverneur gouverneure roi reine émir prince princesse
    consul consule envoyé envoyée délégué déléguée haut-commissaire vice-président vice-présidente chancelier
    chancelière médiateur médiatrice coordonnateur coordonnatrice coordinateur coordinatrice recteur rectrice
    rapporteur rapporteuse procureur sultan cheikh pape patriarche mufti chargé administrateur administratrice
    inspecteur inspectrice préfet préfète`,
  pluralOffices: `ministres présidents ambassadeurs chefs représentants conseillers délégués députés sénateurs
    homologues secrétaires directeurs gouverneurs maires commissaires envoyés consuls`,
  modifiers: `du de la le les des et aux pour en affaires étrangères haut haute spécial spéciale vice-premier
    premier première fédéral fédérale général générale adjoint adjointe permanent permanente extraordinaire
    plénipotentiaire intérimaire`,
  connectors: 'du de la des d',
  honorifics: 'm mme mlle monsieur madame messieurs mesdames excellence s e dr pr',
  officeStyles: 'excellence',
  institutions: 'république ministère union européenne ue',
  regions: `europe asie afrique amérique océanie caucase balkans sahel moyen-orient proche-orient maghreb
    arctique indo-pacifique centrale orientale occidentale septentrionale méridionale nord sud est ouest`,
  cues: 'société journaliste',
  and: 'et',
  with: 'avec',
  callWords: 'entretien',
  asWords: 'tant',
  succeedVerbs: 'succède succédé remplace remplacé',
  callVerbs: 'a eu un une',
  particles: 'de',
  endings: '',
  surnameEndings: '',
  nounEndings: 'tion ité isme ement',
};
