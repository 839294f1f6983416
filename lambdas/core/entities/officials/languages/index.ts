import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { hr } from './hr';
import { it } from './it';
import { kk } from './kk';
import type { Language } from './language';
import { pt } from './pt';
import { ru } from './ru';
import { sl } from './sl';

/**
 * The languages the officials extractor reads, in the order that breaks ties (a word in two languages' tables
 * takes the morphology of the one detected in the release, then of the one listed first here).
 * Adding a language: write its table beside this file (see `language.ts`), add it here, and add its tests.
 */
export const LANGUAGES: readonly Language[] = [en, ru, kk, de, fr, es, pt, it, sl, hr];
