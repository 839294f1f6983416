import { officialId } from '../identity/official-identity';
import { officialInterest } from '../interests';
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
}

/** An official a subscription names, resolved to the interest values its policy lists. */
export interface ResolvedOfficial {
  /** As the subscriber wrote it. */
  readonly input: string;
  readonly id: string;
  /** The canonical name when the archive knows the official, else the input. */
  readonly name: string;
  readonly interests: readonly string[];
}

const MAX_LISTED = 8;

/**
 * Resolves an official's name as a subscriber writes it. A full name ("Kassym-Jomart Tokayev") resolves on
 * its own to its folded id, the same id the parser gives, so it works at `cdk synth` with no archive. A
 * short form (a surname, initials: "Tokayev", "K.K. Tokayev") or any variant the archive knows resolves
 * through the known officials: one match gives its id, several fail listing them, none fails asking for
 * the full name.
 */
export function resolveOfficial(input: string, known: readonly KnownOfficial[] = []): ResolvedOfficial {
  const query = fold(input);
  const { initials, words } = nameParts(input);
  if (words.length === 0) throw new SubscriptionError(`official '${input}' has no name in it`);
  const isFullName = initials.length === 0 && words.length >= 2;
  const queryId = officialId(input);

  let candidates = known.filter(
    (k) => k.id === queryId || [k.name, ...k.variants].some((f) => fold(f) === query),
  );
  if (!isFullName) {
    // A surname alone is also every known person with that surname, not only the one a release called so.
    const surname = officialId(words.join(' '));
    candidates.push(
      ...known.filter(
        (k) => officialIdForms(k.id, k.name, k.variants).includes(surname) && initialsFit(initials, k.name),
      ),
    );
  }
  candidates = withoutSubsumed(unique(candidates));

  if (candidates.length === 1) {
    const [match] = candidates as [KnownOfficial];
    return {
      input,
      id: match.id,
      name: match.name,
      interests: [
        ...new Set([
          ...officialInterests(match.id, match.name, match.variants),
          ...(match.ids ?? []).map(officialInterest),
        ]),
      ],
    };
  }
  if (candidates.length > 1) {
    throw new SubscriptionError(
      `official '${input}' is ambiguous: it names ${candidates.length} known officials: ${list(candidates)}. Give the full name.`,
    );
  }
  if (isFullName) return { input, id: queryId, name: input, interests: officialInterests(queryId, input) };

  const reason = initials.length > 0 ? 'has initials' : 'is a surname only';
  const surname =
    input
      .trim()
      .split(/[\s.]+/)
      .pop() ?? input;
  const similar = similarNames(
    words.join(' '),
    known.map((k) => ({ ...k, label: k.name })),
    MAX_LISTED,
  );
  const hint =
    known.length === 0
      ? ' (no archive of known officials was available to resolve it)'
      : similar.length > 0
        ? `; known officials with a similar name: ${list(similar)}`
        : '; no known official has that name';
  throw new SubscriptionError(
    `official '${input}' ${reason}: give the full name as releases write it, e.g. 'Firstname ${surname}'${hint}`,
  );
}

/** "K.K." fits "Kassym-Jomart Tokayev" (first initial = first letter of the first name); no initials fit anyone. */
function initialsFit(initials: readonly string[], name: string): boolean {
  const first = initials[0];
  if (first === undefined) return true;
  const { words } = nameParts(name);
  return words.length >= 2 && (words[0] ?? '').startsWith(first);
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

function list(officials: readonly KnownOfficial[]): string {
  const shown = officials.slice(0, MAX_LISTED).map((o) => `${o.name} (${o.id})`);
  return `${shown.join(', ')}${officials.length > MAX_LISTED ? `, and ${officials.length - MAX_LISTED} more` : ''}`;
}
