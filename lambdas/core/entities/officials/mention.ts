import type { NameCase } from './languages/language';
import type { NameRun } from './name-reader';

/** One place where a person is named: the name's tokens and the role stated there. */
export interface Mention extends NameRun {
  readonly role: string | null;
  readonly country: string | null;
  /** The office word whose case the name takes, to rebuild the nominative; null when there is none. */
  readonly caseOf: { readonly office: number; readonly nameCase: NameCase } | null;
}

/** The mentions that name one person. */
export interface Person {
  readonly mentions: Mention[];
}

/** A mention without role, country or case: a bare name found by a pattern. */
export function bareMention(run: NameRun): Mention {
  return {
    first: run.first,
    last: run.last,
    words: run.words,
    initials: run.initials,
    role: null,
    country: null,
    caseOf: null,
  };
}
