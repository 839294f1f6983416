import type { Language } from './language';
import { serbian } from './sr-latn';

/**
 * Serbian in Cyrillic script: the Serbian Latin source transliterated word by word and rule by rule
 * (see `sr-latn.ts`), so both scripts share one morphology.
 */
export const srCyrl: Language = serbian('cyrillic');
