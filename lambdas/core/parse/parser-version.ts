/**
 * The version of the parser (format detection, date, title, body, countries, officials), recorded on every
 * stored release as `parserVersion`. `communique releases --stale` lists the releases an older (or unrecorded)
 * version read, and `communique reindex` re-reads them with this one.
 *
 * Bump it by hand, in the same commit, whenever a change can alter what the parser extracts from a file: a
 * pattern, a word list or name table under `core/entities`, the country data, a rule of `core/parse`. A refactor
 * that extracts exactly the same needs no bump. A hand-kept string rather than a hash of the sources: a hash would
 * mark the whole archive stale after every comment or rename, and a bump says that the extraction changed on
 * purpose. Any string works; the archive only asks whether a release's version equals this one.
 */
export const PARSER_VERSION = '2026.2';

/** Whether a release was read by another parser version than this one, or by one that recorded none. */
export const isStaleParse = (release: { readonly parserVersion?: string }): boolean =>
  release.parserVersion !== PARSER_VERSION;
