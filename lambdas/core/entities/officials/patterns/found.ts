import type { Mention } from '../mention';
import { caseBeforeName } from '../morphology';
import type { NameReader } from '../name-reader';
import type { Words } from '../words';

/** What the patterns share: the classified words, the name reader, and the mentions found so far. */
export interface Found {
  readonly w: Words;
  readonly names: NameReader;
  readonly mentions: Mention[];
  /** First tokens of names already taken by a pattern. */
  readonly taken: Set<number>;
}

/**
 * Records a mention and takes its first token. A mention that no office word gives a case takes the case of
 * a preposition before it: "са г-дином Хансом Мајером, амбасадором ...".
 */
export function addMention(found: Found, m: Mention): void {
  found.mentions.push(m.caseOf === null ? { ...m, caseOf: caseBeforeName(found.w, m.first) } : m);
  found.taken.add(m.first);
}
