import { officialId } from '../../identity/official-identity';
import { FIELD_CAPS } from '../../limits';
import type { Official } from '../../release';
import { FAMILY_FIRST_NAMES } from './family-first-names';
import type { Mention, Person } from './mention';
import { nominativeWord, withLostVowel } from './morphology';
import type { NameReader } from './name-reader';
import { nameWordsOf } from './same-person';
import { sameWord } from './same-word';
import { ALL_CAPS, HYPHEN, INITIAL_GAP, LOWER_FIRST, NAME_GAP, REGNAL, SPACE, UPPER_FIRST } from './shapes';
import type { Words } from './words';

/**
 * Occurrences read per person in the variant scan. A surname occurs a few dozen times in a long release; a word
 * shared by hundreds of persons (a list of participants of one family name) would otherwise make the scan
 * persons x occurrences. The earliest are read: they give the headline spelling and the first variants.
 */
export const MAX_OCCURRENCES_READ = 2000;

/**
 * For each of `queries` (folded name words), the positions of the capitalised tokens whose word is the same
 * name word ({@link sameWord}). Each distinct capitalised word is compared only with the queries that share its
 * first letter and are within three letters of its length: sameWord holds for no other pair. (A query's
 * similarity keys would find the same pairs, as the pairs that sameWord holds for share a key, but at a few
 * dozen keys per word.)
 */
function occurrencesOf(w: Words, queries: ReadonlySet<string>): Map<string, number[]> {
  const byFirst = new Map<number, string[]>();
  for (const q of queries) {
    const list = byFirst.get(q.charCodeAt(0));
    if (list) list.push(q);
    else byFirst.set(q.charCodeAt(0), [q]);
  }
  const byWord = new Map<string, number[]>();
  w.tokens.forEach((t, i) => {
    const c0 = t.text.charAt(0);
    if (c0 === c0.toLowerCase() || !byFirst.has(t.folded.charCodeAt(0))) return;
    const list = byWord.get(t.folded);
    if (list) list.push(i);
    else byWord.set(t.folded, [i]);
  });
  const out = new Map<string, number[]>();
  for (const [word, positions] of byWord) {
    for (const q of byFirst.get(word.charCodeAt(0)) ?? []) {
      if (Math.abs(q.length - word.length) > 3 || !sameWord(w, word, q)) continue;
      const list = out.get(q);
      if (list) list.push(...positions);
      else out.set(q, [...positions]);
    }
  }
  return out;
}

// Ids by name: a pure function of the name, and the costly step of describing (romanising, skeletons); the
// same officials recur across releases. Bounded, so memory stays flat.
const IDS = new Map<string, string>();
const MAX_IDS = 20_000;

function idOf(name: string): string {
  let id = IDS.get(name);
  if (id === undefined) {
    id = officialId(name);
    if (IDS.size >= MAX_IDS) IDS.clear();
    IDS.set(name, id);
  }
  return id;
}

/** A name as written from token `first` to `last`, with the full stop of a closing "Jr." kept. */
function nameText(w: Words, first: number, last: number): string {
  const text = w.slice(first, last);
  return w.is(last, 'patronymics') && w.text.charAt(w.at(last).end) === '.' ? `${text}.` : text;
}

/** The canonical name of a person from its fullest mention, in the nominative. */
function canonicalName(w: Words, best: Mention): string {
  const words = best.words.map((k, j) => {
    const written = w.at(k).text;
    const rebuilt = nominativeWord(w, written, best.caseOf);
    return j === 0 && best.words.length >= 2 && rebuilt !== written ? withLostVowel(rebuilt) : rebuilt;
  });
  if ((best.words.length === 1 || best.initials.length > 0) && best.caseOf === null)
    return nameText(w, best.first, best.last);
  if (best.initials.length > 0) {
    // The initials stay as written, the words are rebuilt: "Посла Б.Ш.Ганиева" is "Б.Ш.Ганиев".
    let text = '';
    for (let k = best.first; k <= best.last; k++) {
      const at = best.words.indexOf(k);
      text += (k === best.first ? '' : w.at(k).gap) + (at >= 0 ? words[at] : w.at(k).text);
    }
    return text;
  }
  if (best.words.length === 1) return words[0] as string;
  // Rebuild from the tokens with the original separators (keeps U+2011 in "Kassym‑Jomart").
  return words
    .map((word, k) => (k === 0 ? word : `${w.at(best.words[k] as number).gap.replace(/\s+/g, ' ')}${word}`))
    .join('');
}

/**
 * A mention of the same length written in the nominative that the case rules could not rebuild exactly: the
 * instrumental "Tarmom Kaskom" gives "Tarm Kask", the text also says "Tarmo Kask". Each of its words is the
 * rebuilt word or that word and at most two more letters, shorter than the inflected form.
 */
function writtenNominative(w: Words, p: Person, best: Mention): Mention | null {
  if (best.caseOf === null || best.initials.length > 0) return null;
  const rebuilt = best.words.map((k) => nominativeWord(w, w.at(k).text, best.caseOf).toLowerCase());
  if (rebuilt.every((r, k) => r === w.at(best.words[k] as number).text.toLowerCase())) return null;
  return (
    p.mentions.find(
      (m) =>
        m.caseOf === null &&
        m.initials.length === 0 &&
        m.words.length === best.words.length &&
        m.words.every((k, j) => {
          const written = w.at(k).text.toLowerCase();
          const r = rebuilt[j] as string;
          const inflected = w.at(best.words[j] as number).text.toLowerCase();
          return (
            written === r ||
            (written.startsWith(r) && written.length - r.length <= 2 && written.length < inflected.length)
          );
        }),
    ) ?? null
  );
}

/**
 * A Chinese or Korean name written family name first, whose family name alone names the person ("Li" for Li
 * Wenhao): two or three words, the first a family name of {@link FAMILY_FIRST_NAMES}, and a Korean given name
 * ("Sun-young") or none of the others a known given name (Lee Anderson is named Anderson). A name in capitals first (KISHIDA Fumio) is one too.
 */
function familyFirst(w: Words, names: NameReader, best: Mention, full: readonly string[]): boolean {
  if (ALL_CAPS.test(w.at(best.words[0] as number).text)) return true;
  if (full.length < 2 || full.length > 3 || best.initials.length > 0) return false;
  if (!FAMILY_FIRST_NAMES.has(full[0] as string)) return false;
  const given = best.words.slice(1);
  // A Korean given name of two syllables joined by a hyphen, the second in lower case: "Sun-young".
  if (given.some((k) => HYPHEN.test(w.at(k).gap) && LOWER_FIRST.test(w.at(k).text))) return true;
  return given.every((k) => !ALL_CAPS.test(w.at(k).text) && !names.evidence.isGivenName(k));
}

/**
 * An honorific written with a capital right before token `i` ("Mr. Tanaka", "Dr Okafor"), not the end of a
 * longer style ("H.E. Tanaka" reads "E" before the name).
 */
function honorificBefore(w: Words, i: number): boolean {
  const h = i - 1;
  if (!w.is(h, 'honorifics') || !UPPER_FIRST.test(w.at(h).text)) return false;
  if (!(SPACE.test(w.at(i).gap) || (INITIAL_GAP.test(w.at(i).gap) && w.at(i).gap.length === 2))) return false;
  return !(h > 0 && w.is(h - 1, 'honorifics') && INITIAL_GAP.test(w.at(h).gap));
}

/**
 * Describes each person: canonical name (fullest form, nominative), every surface form that occurs (full name,
 * initials, surname, title + surname), roles and the role's country, in order of first mention.
 */
export function describeOfficials(persons: readonly Person[], w: Words, names: NameReader): Official[] {
  const plans = persons.map((p) => {
    const best = [...p.mentions].sort(
      (a, b) => b.words.length - a.words.length || a.first - b.first,
    )[0] as Mention;
    // Surname forms elsewhere in the text: "Tokayev", "President Tokayev", "Grlić Radman".
    const full = nameWordsOf(w, best);
    const lastWord = best.words[best.words.length - 1] as number;
    // A monarch goes by the name before the regnal number: "King Abdullah" for "Abdullah II".
    const regnal = full.length >= 2 && REGNAL.test(w.at(lastWord).text);
    const named = regnal ? full.slice(0, -1) : full;
    // A peer goes by title and name, not by the place: "Lord Collins" for "Lord Collins of Highbury".
    const tails = names.isPeerage(best.first)
      ? [full, full.slice(0, 2)]
      : named.length >= 2
        ? [full, named.slice(1), named.slice(-1)]
        : regnal
          ? [full, named]
          : [full];
    if (familyFirst(w, names, best, full)) tails.push(full.slice(0, 1));
    // A surname used alone elsewhere ("Minister Kim" for "Kim Sung-Hwan").
    const alone = new Set(tails.filter((t) => t.length === 1).map((t) => t[0]));
    for (const m of p.mentions) {
      const words = nameWordsOf(w, m);
      if (words.length === 1 && m.initials.length === 0 && !alone.has(words[0])) {
        tails.push(words);
        alone.add(words[0]);
      }
    }
    return { p, best, full, tails, regnal };
  });
  // A variant starts where the first word of one of its person's tails occurs.
  const occurrences = occurrencesOf(
    w,
    new Set(plans.flatMap(({ tails }) => tails.flatMap((t) => (t.length > 0 ? [t[0] as string] : [])))),
  );
  const out: Array<{ at: number; official: Official }> = [];
  for (const { p, best, full, tails, regnal } of plans) {
    const nominative = writtenNominative(w, p, best);
    let name = nominative ? nameText(w, nominative.first, nominative.last) : canonicalName(w, best);
    const variants = new Set<string>();
    const addVariant = (v: string) => {
      if (variants.size < FIELD_CAPS.variantsPerOfficial) variants.add(v);
    };
    for (const m of [...p.mentions].sort((a, b) => a.first - b.first))
      addVariant(nameText(w, m.first, m.last));
    let earliestFull: { at: number; text: string } | null = null;
    let fuller: string | null = null;
    const starts = [...new Set(tails.flatMap((t) => occurrences.get(t[0] ?? '') ?? []))]
      .sort((a, b) => a - b)
      .slice(0, MAX_OCCURRENCES_READ);
    let skipTo = -1;
    for (const i of starts) {
      if (i <= skipTo) continue;
      for (const tail of tails) {
        if (tail.length === 0) continue;
        let ok = true;
        for (let k = 0; k < tail.length && ok; k++) {
          const t = w.tok(i + k);
          ok =
            t !== undefined &&
            UPPER_FIRST.test(t.text) &&
            sameWord(w, t.folded, tail[k] as string) &&
            (k === 0 || NAME_GAP.test(t.gap));
        }
        if (!ok) continue;
        const last = i + tail.length - 1;
        const before = w.tok(i - 1);
        const nextTok = w.tok(last + 1);
        // Part of a longer name already counted.
        if (before && (names.isNameWord(i - 1) || w.is(i - 1, 'particles')) && NAME_GAP.test(w.at(i).gap)) {
          // A person known by initials ("Ж.Бейшеналиев") and named in full elsewhere ("Жаныбек Бейшеналиев"):
          // the given name must start with the initial, and the two words must be the whole name.
          // A person known by the surname alone ("Ambassador Turner") and named in full elsewhere ("Andrew
          // Turner"): the word before must be a known given name.
          const initial = best.initials[0];
          if (
            fuller === null &&
            full.length === 1 &&
            tail === tails[0] &&
            names.isNameWord(i - 1) &&
            (initial !== undefined
              ? before.folded.startsWith(w.folded(initial))
              : best.words.length === 1 && names.evidence.isGivenName(i - 1)) &&
            !(i > 1 && names.isNameWord(i - 2) && NAME_GAP.test(before.gap)) &&
            !(nextTok && names.isNameWord(last + 1) && NAME_GAP.test(nextTok.gap))
          )
            fuller = nameText(w, i - 1, last);
          break;
        }
        if (before && names.isInitial(i - 1)) {
          // An initials form ("R.Vassilenko"): the variant starts at the first initial.
          let k = i - 1;
          while (k > 0 && names.isInitial(k - 1)) k--;
          // A middle initial ("Kurt M. Campbell") belongs to the full name, not to an initials form.
          const middle =
            k > 0 && full.length >= 2 && w.folded(k - 1) === full[0] && NAME_GAP.test(w.at(k).gap);
          if (!middle && !(nextTok && names.isNameWord(last + 1) && NAME_GAP.test(nextTok.gap)))
            addVariant(nameText(w, k, last));
          skipTo = last;
          break;
        }
        if (nextTok && names.isNameWord(last + 1) && NAME_GAP.test(nextTok.gap)) break;
        addVariant(nameText(w, i, last));
        if (tail === tails[0] && tail.length >= 2 && earliestFull === null)
          earliestFull = { at: i, text: nameText(w, i, last) };
        const beforeBefore = w.tok(i - 2);
        if (
          (tail !== tails[0] || full.length === 1 || regnal) &&
          before &&
          w.isOffice(i - 1) &&
          UPPER_FIRST.test(before.text) &&
          SPACE.test(w.at(i).gap) &&
          !(
            beforeBefore &&
            SPACE.test(before.gap) &&
            (w.isModifier(i - 2) || w.isOffice(i - 2)) &&
            UPPER_FIRST.test(beforeBefore.text)
          )
        ) {
          addVariant(nameText(w, i - 1, last));
        } else if ((tail !== tails[0] || full.length === 1) && before && honorificBefore(w, i)) {
          // "Mr. Tanaka", "Dr Okafor", "M. Dupont": an honorific and the surname.
          addVariant(nameText(w, i - 1, last));
        }
        skipTo = last;
        break;
      }
    }
    // The fullest form as first written (a headline spelling over a later transliteration).
    if (earliestFull && !best.caseOf && best.initials.length === 0 && earliestFull.at < best.first)
      name = earliestFull.text;
    if (fuller !== null) {
      name = fuller;
      addVariant(fuller);
    }
    const roles = [
      ...new Set(p.mentions.map((m) => m.role).filter((r): r is string => r !== null && r.length > 0)),
    ].slice(0, FIELD_CAPS.rolesPerOfficial);
    const country = p.mentions.find((m) => m.country !== null)?.country ?? null;
    out.push({
      // reduce, not Math.min(...): a spread of many thousand mentions overflows the stack.
      at: p.mentions.reduce((min, m) => Math.min(min, m.first), Number.POSITIVE_INFINITY),
      official: { id: idOf(name), name, variants: [...variants], roles, country },
    });
  }
  return out.sort((a, b) => a.at - b.at).map((o) => o.official);
}
