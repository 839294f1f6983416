import type { CountryForms } from './country-forms';

/**
 * Azerbaijani: suffixes are glued to names (Azərbaycanın, Azərbaycanda, Azərbaycanlı). "Türk" is left out: it
 * names the Turkic peoples as often as Turkey. "Mali" is "financial": it counts only inside a sentence.
 */
export const az: CountryForms = {
  code: 'az',
  inflection: 'turkic',
  stems: 'turkic',
  i18n: 'az',
  forms: {
    AE: 'BƏƏ',
    AM: 'Erməni',
    CN: 'ÇXR',
    DE: 'Alman',
    FR: 'Fransız',
    GB: 'İngilis; Britaniya',
    GE: 'Gürcü',
    JP: 'Yapon',
    KG: 'Qırğız',
    KZ: 'Qazax',
    RU: 'RF; Rus',
    TJ: 'Tacik',
    TM: 'Türkmən',
    US: 'ABŞ; Amerika',
    UZ: 'Özbək',
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
