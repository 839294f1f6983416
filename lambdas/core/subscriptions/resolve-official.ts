import { identityKey, officialId, surnameKey } from '../identity/official-identity';
import { officialInterest, surnameInterest } from '../interests';
import { fold } from '../text/fold';
import { nameParts, officialIdForms, officialInterests } from './official-interests';
import { similarNames } from './similar-names';
import { SubscriptionError } from './subscription-error';

/** An official the archive knows (what the release store lists), used to resolve short name forms. */
export interface KnownOfficial {
  readonly id: string;
  readonly name: string;
  readonly variants: readonly string[];
  /** Ids an operator merged into this one (`communique officials merge`): a subscription covers them too. */
  readonly ids?: readonly string[];
  /** For suggestions ("did you mean Johann Wadephul? 3 releases"). */
  readonly releaseCount?: number;
}

/** An official a subscription names, resolved to the interest values its policy lists. */
export interface ResolvedOfficial {
  /** As the subscriber wrote it. */
  readonly input: string;
  /** `official`: one person; `surname`: everyone with that surname, in any script, known or not yet. */
  readonly kind: 'official' | 'surname';
  /** The official's id, or the surname's key. */
  readonly id: string;
  /** The canonical name when the archive knows the official, else the input. */
  readonly name: string;
  readonly interests: readonly string[];
  /** A surname: the known officials it covers today. */
  readonly covers: readonly KnownOfficial[];
  /** A full name the archive does not know (when it knows others): the near matches, best first. */
  readonly suggestions: readonly KnownOfficial[];
}

export interface ResolveOfficialOptions {
  /** Refuse a full name the archive does not know, instead of accepting it with suggestions. */
  readonly strict?: boolean;
}

const MAX_LISTED = 8;

/**
 * Resolves an official's name as a subscriber writes it, in any script or romanisation:
 * - a known name, variant or id: that official (its id, its surname forms, and the ids merged into it);
 * - a surname alone ("Tokayev", "President Токаев"), on any archive, empty or not: everyone with that surname
 *   (`surname:` interest), listing the known officials it covers; initials that fit one known official of that
 *   surname ("K.K. Tokayev") pick that official;
 * - a full name the archive does not know: accepted as written (its id is its identity key, the id the parser
 *   gives, so it works at `cdk synth` with no archive), with near matches to show; `strict` refuses it.
 */
export function resolveOfficial(
  input: string,
  known: readonly KnownOfficial[] = [],
  options: ResolveOfficialOptions = {},
): ResolvedOfficial {
  const query = fold(input);
  const { initials, words } = nameParts(input);
  if (words.length === 0) throw new SubscriptionError(`official '${input}' has no name in it`);
  const isFullName = initials.length === 0 && words.length >= 2;
  const key = identityKey(words.join(' '));
  const queryId = officialId(input);

  const exact = unique(
    known.filter(
      (k) =>
        k.id === input ||
        k.id === queryId ||
        (k.ids ?? []).includes(queryId) ||
        [k.name, ...k.variants].some((f) => fold(f) === query || identityKey(f) === queryId),
    ),
  );
  // A form that is one official's name and another's variant ("R.Meredov"): the one so named.
  const named = exact.filter((k) => fold(k.name) === query || k.id === input);
  const single = exact.length === 1 ? exact[0] : named.length === 1 ? named[0] : undefined;
  if (single && (isFullName || single.id !== key)) return official(input, single);

  if (!isFullName) {
    const surname = surnameKey(words.join(' '));
    const covers = withoutSubsumed(
      unique([...exact, ...known.filter((k) => officialIdForms(k.id, k.name, k.variants).includes(surname))]),
    );
    const fitting = initials.length > 0 ? covers.filter((k) => initialsFit(initials, k.name)) : [];
    if (fitting.length === 1) return official(input, fitting[0] as KnownOfficial);
    if (words.length > 1)
      // A surname of several words ("Pirc Musar") after initials: every known official it ends.
      return surnameOf(input, key, covers);
    return surnameOf(input, surname, covers);
  }

  const suggestions = similar(key, known);
  if (options.strict) {
    const hint =
      known.length === 0
        ? ' (the archive knows no officials yet)'
        : suggestions.length > 0
          ? `; did you mean ${suggestions.map(describe).join(', ')}?`
          : '; no known official has a similar name';
    throw new SubscriptionError(`official '${input}' is not in the archive${hint}`);
  }
  return {
    input,
    kind: 'official',
    id: queryId,
    name: input,
    interests: officialInterests(queryId, input),
    covers: [],
    suggestions,
  };
}

/** "Johann Wadephul (johan-wadephul, 3 releases)". */
export function describe(o: KnownOfficial): string {
  const count =
    o.releaseCount === undefined ? '' : `, ${o.releaseCount} release${o.releaseCount === 1 ? '' : 's'}`;
  return `${o.name} (${o.id}${count})`;
}

function official(input: string, match: KnownOfficial): ResolvedOfficial {
  return {
    input,
    kind: 'official',
    id: match.id,
    name: match.name,
    interests: [
      ...new Set([
        ...officialInterests(match.id, match.name, match.variants),
        ...(match.ids ?? []).map(officialInterest),
      ]),
    ],
    covers: [],
    suggestions: [],
  };
}

function surnameOf(input: string, key: string, covers: readonly KnownOfficial[]): ResolvedOfficial {
  if (key.length < 2) throw new SubscriptionError(`official '${input}' is too short to be a surname`);
  return {
    input,
    kind: 'surname',
    id: key,
    name: input,
    // `official:<key>` too: a release that knows only the surname names its official so.
    interests: [surnameInterest(key), officialInterest(key)],
    covers,
    suggestions: [],
  };
}

/** Near matches of an unknown full name, compared on identity keys so that scripts do not matter. */
function similar(key: string, known: readonly KnownOfficial[]): KnownOfficial[] {
  const surname = key.split('-').at(-1) ?? '';
  const sameSurname = known.filter((k) => k.id.split('-').at(-1) === surname);
  const close = similarNames(
    key,
    known.map((k) => ({ ...k, label: k.id })),
    MAX_LISTED,
  ).filter((k) => k.id.includes('-'));
  return unique([...close, ...sameSurname]).slice(0, 3);
}

/** "K.K." fits "Kassym-Jomart Tokayev" (first initial = first letter of the first name); no initials fit anyone. */
function initialsFit(initials: readonly string[], name: string): boolean {
  const first = initials[0];
  if (first === undefined) return true;
  const { words } = nameParts(name);
  return words.length >= 2 && identityKey(words[0] ?? '').startsWith(identityKey(first));
}

/** "Kamilov" (a surname-only entry) is the same person as "Abdulaziz Kamilov" when both match. */
function withoutSubsumed(candidates: readonly KnownOfficial[]): KnownOfficial[] {
  return candidates.filter(
    (c) =>
      !candidates.some(
        (other) =>
          other !== c &&
          other.id !== c.id &&
          officialIdForms(other.id, other.name, other.variants).includes(c.id),
      ),
  );
}

function unique(candidates: readonly KnownOfficial[]): KnownOfficial[] {
  const byId = new Map<string, KnownOfficial>();
  for (const c of candidates) if (!byId.has(c.id)) byId.set(c.id, c);
  return [...byId.values()];
}
