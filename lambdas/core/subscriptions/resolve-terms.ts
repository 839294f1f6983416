import { resolveCountry } from './resolve-country';
import { type KnownOfficial, type ResolvedOfficial, resolveOfficial } from './resolve-official';
import { resolvePair } from './resolve-pair';
import { SubscriptionError } from './subscription-error';

/** What a subscriber names, each item as written: `subscribe --country/--official/--pair`, or the web form. */
export interface TermsInput {
  readonly countries?: readonly string[];
  readonly officials?: readonly string[];
  /** Country pairs: a release must name both (`KZ-SI`, `Kazakhstan+Slovenia`). */
  readonly pairs?: readonly string[];
}

export interface ResolveOptions {
  /**
   * Officials the archive knows, to resolve surnames and initials ("Tokayev", "K.K. Tokayev"). Without
   * them, full names still resolve and short forms fail asking for the full name.
   * @default []
   */
  readonly knownOfficials?: readonly KnownOfficial[];
  /** Refuse full names the archive does not know (`subscribe --strict`). */
  readonly strict?: boolean;
}

/** Each item resolved, with what it was written as; the items that did not resolve as problems. */
export interface ResolvedTerms {
  readonly countries: ReadonlyArray<{ readonly input: string; readonly code: string }>;
  readonly officials: readonly ResolvedOfficial[];
  /** `interest` is the pair's value, e.g. `pair:KZ-SI`. */
  readonly pairs: ReadonlyArray<{ readonly input: string; readonly interest: string }>;
  /** One message per item that did not resolve, countries first, then officials, then pairs. */
  readonly problems: readonly string[];
}

/**
 * Resolves what a subscriber names, the one parser of the CLI's `subscribe` and the web app's sign-up and manage
 * forms: countries in any language or code, officials in any script (a surname alone: everyone of that surname),
 * pairs of countries. Every item is tried, so a form can list every problem at once.
 */
export function resolveTerms(input: TermsInput, options: ResolveOptions = {}): ResolvedTerms {
  const problems: string[] = [];
  const attempt = <T>(resolve: () => T): T[] => {
    try {
      return [resolve()];
    } catch (error) {
      if (!(error instanceof SubscriptionError)) throw error;
      problems.push(error.message);
      return [];
    }
  };
  const countries = (input.countries ?? []).flatMap((c) =>
    attempt(() => ({ input: c, code: resolveCountry(c) })),
  );
  const officials = (input.officials ?? []).flatMap((o) =>
    attempt(() => resolveOfficial(o, options.knownOfficials ?? [], { strict: options.strict ?? false })),
  );
  const pairs = (input.pairs ?? []).flatMap((p) => attempt(() => ({ input: p, interest: resolvePair(p) })));
  return { countries, officials, pairs, problems };
}

/** Items given repeated, comma-separated or both (`--country A,B --country C`, form fields), empties dropped. */
export function splitList(values: readonly string[]): string[] {
  return values
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => v !== '');
}
