import { isAbbreviationPart, isAbbreviationStop, isInitial } from './abbreviations';
import { NameEvidence } from './name-evidence';
import { isNameWord } from './name-words';
import { peeragesOf } from './peerages';
import { scanName } from './scan-name';
import { CAP_WORD, SPACE, UPPER_FIRST } from './shapes';
import { isStylePart } from './style-part';
import type { Words } from './words';

/** A run of tokens that reads as a person's name. */
export interface NameRun {
  readonly first: number;
  readonly last: number;
  /** Indices of the full-word tokens of the name (initials left out). */
  readonly words: readonly number[];
  /** Indices of initials ("K" and "K" in "K.K.Tokayev"). */
  readonly initials: readonly number[];
}

/** Reads names out of classified words; every pattern reads the names at the same positions, each once. */
export class NameReader {
  private readonly names = new Map<number, NameRun | null>();
  readonly evidence: NameEvidence;

  constructor(readonly w: Words) {
    this.evidence = new NameEvidence(w);
  }

  /** Whether a capitalised institution word follows the run: "Maritime Safety Authority", "Black Sea". */
  endsInstitution(run: NameRun): boolean {
    const next = this.w.tok(run.last + 1);
    return (
      next !== undefined &&
      SPACE.test(next.gap) &&
      UPPER_FIRST.test(next.text) &&
      this.w.isNotName(run.last + 1)
    );
  }

  /** Whether a word of the run is positive evidence of a name (see {@link NameEvidence}). */
  hasEvidence(run: NameRun): boolean {
    return run.words.some((k) => this.evidence.positive(k));
  }

  /** See {@link isInitial}. */
  isInitial(i: number): boolean {
    return isInitial(this.w, i);
  }

  /** See {@link isNameWord}. */
  isNameWord(i: number): boolean {
    return isNameWord(this.w, i);
  }

  /** The name that starts at token `i`: initials, capitalised words, particles, hyphenated parts. */
  readName(i: number): NameRun | null {
    // A name starts with a capital (a word or an initial): most tokens are turned away here.
    const t = this.w.tok(i);
    if (t === undefined) return null;
    const c0 = t.text.charAt(0);
    if (c0 === c0.toLowerCase()) return null;
    let run = this.names.get(i);
    if (run === undefined) {
      run = scanName(this, i);
      this.names.set(i, run);
    }
    return run;
  }

  /** The peers' titles of the release's languages: "Lord", "Baroness". */
  private peerages: ReadonlySet<string> | null = null;

  isPeerage(i: number): boolean {
    if (this.peerages === null) this.peerages = peeragesOf(this.w.languages);
    return this.peerages.has(this.w.folded(i)) && CAP_WORD.test(this.w.at(i).text);
  }

  /** See {@link isStylePart}. */
  isStylePart(i: number): boolean {
    return isStylePart(this.w, i);
  }

  /** See {@link isAbbreviationPart}. */
  isAbbreviationPart(j: number): boolean {
    return isAbbreviationPart(this.w, j);
  }

  /** See {@link isAbbreviationStop}. */
  isAbbreviationStop(j: number): boolean {
    return isAbbreviationStop(this.w, j);
  }
}
