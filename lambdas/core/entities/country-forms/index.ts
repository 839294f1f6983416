import { az } from './az';
import { be } from './be';
import type { CountryForms } from './country-forms';
import { cs, sk } from './cs-sk';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { hr } from './hr';
import { it } from './it';
import { kk } from './kk';
import { ky } from './ky';
import { pl } from './pl';
import { pt } from './pt';
import { ru } from './ru';
import { sl } from './sl';
import { sr, srLatn } from './sr';
import { tg } from './tg';
import { tr } from './tr';
import { uk } from './uk';
import { uz, uzCyrl } from './uz';

/** Every language (and script) whose country names and forms the gazetteer holds. */
export const COUNTRY_FORM_LANGUAGES: readonly CountryForms[] = [
  en,
  ru,
  uk,
  be,
  kk,
  ky,
  uz,
  uzCyrl,
  az,
  tr,
  de,
  fr,
  es,
  pt,
  it,
  pl,
  sl,
  hr,
  sr,
  srLatn,
  cs,
  sk,
  tg,
];
