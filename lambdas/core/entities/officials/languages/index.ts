import { az } from './az';
import { be } from './be';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { hr } from './hr';
import { it } from './it';
import { kk } from './kk';
import { ky } from './ky';
import type { Language } from './language';
import { pl } from './pl';
import { pt } from './pt';
import { ru } from './ru';
import { sl } from './sl';
import { srCyrl } from './sr-cyrl';
import { srLatn } from './sr-latn';
import { tr } from './tr';
import { uk } from './uk';
import { uzCyrl } from './uz-cyrl';
import { uzLatn } from './uz-latn';

/**
 * The languages the officials extractor reads, in the order that breaks ties (a word in two languages' tables
 * takes the morphology of the one detected in the release, then of the one listed first here).
 * Adding a language: write its table beside this file (see `language.ts`), add it here, and add its tests.
 */
export const LANGUAGES: readonly Language[] = [
  en,
  ru,
  uk,
  be,
  kk,
  ky,
  uzLatn,
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
  srLatn,
  srCyrl,
];
