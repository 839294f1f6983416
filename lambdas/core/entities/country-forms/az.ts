import type { CountryForms } from './country-forms';

/**
 * Azerbaijani: suffixes are glued to names (Azərbaycanın, Azərbaycanda, azərbaycanlı); peoples' names and
 * adjectives are written in lower case (qazax, özbək). "Türk" is left out: it
 * names the Turkic peoples as often as Turkey. "Mali" is "financial": it counts only inside a sentence.
 */
export const az: CountryForms = {
  code: 'az',
  inflection: 'turkic',
  stems: 'turkic',
  i18n: 'az',
  forms: {
    AE: 'BƏƏ',
    AM: 'erməni*',
    CN: 'ÇXR',
    DE: 'alman*',
    FR: 'fransız*',
    GB: 'ingilis*; Britaniya',
    GE: 'gürcü*',
    JP: 'yapon*',
    KR: 'Koreya Respublikası',
    KG: 'qırğız*',
    KZ: 'qazax*',
    RU: 'RF; rus',
    TJ: 'tacik*',
    TM: 'türkmən*',
    US: 'ABŞ; Amerika',
    UZ: 'özbək*',
  },
  notCountries: [
    'Qazax rayon*',
    'Türk Dövlətləri',
    'Latın Amerikası',
    'Cənubi Amerika',
    'Şimali Amerika',
    'Mərkəzi Amerika',
    'Mali Monitorinq',
  ],
  midSentence: ['Mali'],
};
