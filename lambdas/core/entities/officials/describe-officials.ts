import { officialId } from '../../identity/official-identity';
import { FIELD_CAPS } from '../../limits';
import type { Official } from '../../release';
import { canonicalName, writtenNominative } from './canonical-name';
import { familyFirst } from './family-first';
import type { Mention, Person } from './mention';
import type { NameReader } from './name-reader';
import { nameText } from './name-text';
import { occurrencesOf } from './occurrences-of';
import { nameWordsOf } from './same-person';
import { scanVariants } from './scan-variants';
import { REGNAL } from './shapes';
import type { Words } from './words';

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
  for (const plan of plans) {
    const { p, best } = plan;
    const nominative = writtenNominative(w, p, best);
    let name = nominative ? nameText(w, nominative.first, nominative.last) : canonicalName(w, best);
    const variants = new Set<string>();
    const addVariant = (v: string) => {
      if (variants.size < FIELD_CAPS.variantsPerOfficial) variants.add(v);
    };
    for (const m of [...p.mentions].sort((a, b) => a.first - b.first))
      addVariant(nameText(w, m.first, m.last));
    const { earliestFull, fuller } = scanVariants(w, names, plan, occurrences, addVariant);
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
