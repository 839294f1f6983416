import { FIELD_CAPS } from '../limits';
import type { CountryMention, Official, ParsedRelease } from '../release';

/** `text` cut to at most `max` characters, the cut marked with an ellipsis. */
export const capText = (text: string, max: number): string =>
  text.length <= max ? text : `${text.slice(0, max - 1)}…`;

/**
 * `text` on one line, cut to at most `max` characters: at the last sentence end in its second half, else at the
 * last space there, marked with an ellipsis.
 */
export function cutAtBoundary(text: string, max: number): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length <= max) return line;
  const head = line.slice(0, max);
  const sentence = head.search(/[.!?][^.!?]*$/);
  if (sentence >= max / 2) return head.slice(0, sentence + 1);
  const space = head.lastIndexOf(' ');
  return `${head.slice(0, space > max / 2 ? space : max - 1).replace(/[\s,;:]+$/, '')}…`;
}

const capPhrases = (values: readonly string[], count: number): string[] =>
  values.slice(0, count).map((v) => capText(v, FIELD_CAPS.phrase));

/** The release with every capped field within {@link FIELD_CAPS}; the body is kept whole. */
export function capRelease(release: ParsedRelease): ParsedRelease {
  const countries: CountryMention[] = release.countries.slice(0, FIELD_CAPS.countries).map((c) => ({
    code: c.code,
    name: capText(c.name, FIELD_CAPS.phrase),
    mentions: capPhrases(c.mentions, FIELD_CAPS.mentionsPerCountry),
  }));
  const officials: Official[] = release.officials
    .filter((o) => o.id.length <= FIELD_CAPS.officialId)
    .slice(0, FIELD_CAPS.officials)
    .map((o) => ({
      id: o.id,
      name: capText(o.name, FIELD_CAPS.phrase),
      variants: capPhrases(o.variants, FIELD_CAPS.variantsPerOfficial),
      roles: capPhrases(o.roles, FIELD_CAPS.rolesPerOfficial),
      country: o.country,
    }));
  // The caps above bound each list; the budget bounds them together, dropping the least prominent (last) first.
  const size = (value: unknown) => Buffer.byteLength(JSON.stringify(value));
  const officialBytes = officials.map(size);
  const countryBytes = countries.map(size);
  let total = [...officialBytes, ...countryBytes].reduce((a, b) => a + b, 0);
  while (total > FIELD_CAPS.entitiesBytes && officials.length > 0) {
    officials.pop();
    total -= officialBytes.pop() ?? 0;
  }
  while (total > FIELD_CAPS.entitiesBytes && countries.length > 0) {
    countries.pop();
    total -= countryBytes.pop() ?? 0;
  }
  return {
    ...release,
    title: capText(release.title, FIELD_CAPS.title),
    summary: capText(release.summary, FIELD_CAPS.summary),
    source: release.source === null ? null : capText(release.source, FIELD_CAPS.source),
    url: release.url === null ? null : capText(release.url, FIELD_CAPS.url),
    countries,
    officials,
  };
}
