import { createHash } from 'node:crypto';
import type { ParsedRelease } from './release';

/** Length of a release id: the head of its first content hash (96 bits, hex). */
const RELEASE_ID_LENGTH = 24;

/**
 * The content that makes a release's identity, in one canonical string: date, title and body paragraphs, each
 * NFC-normalised with whitespace runs collapsed to one space.
 *
 * Hashing the parsed fields rather than the bytes makes one release of the same text whatever its encoding,
 * line endings, trailing spaces or container (the `.txt`, `.html` and `.json` of one release are one release).
 * Source, URL and entities are left out on purpose: a verbatim reprint on another site is the same release,
 * and better entity extraction must not turn an old file into a new release.
 */
export function normalisedContent(release: Pick<ParsedRelease, 'date' | 'title' | 'body'>): string {
  const clean = (text: string): string => text.normalize('NFC').replace(/\s+/gu, ' ').trim();
  return [release.date ?? '', clean(release.title), ...release.body.map(clean).filter((p) => p !== '')].join(
    '\n',
  );
}

/** SHA-256 (hex) of {@link normalisedContent}: equal for the same content under any key, in any format. */
export function contentHash(release: Pick<ParsedRelease, 'date' | 'title' | 'body'>): string {
  return createHash('sha256').update(normalisedContent(release), 'utf8').digest('hex');
}

/**
 * The id a release gets from its first content; it keeps it when later content under its key updates it.
 * `generation` counts the releases that content has started: 0 for the first. A content whose release has since
 * been updated to other content (no key held it any more) starts a new release when it is uploaded again, and
 * that one needs an id of its own.
 */
export function releaseIdFor(hash: string, generation = 0): string {
  const source = generation === 0 ? hash : createHash('sha256').update(`${hash}#${generation}`).digest('hex');
  return source.slice(0, RELEASE_ID_LENGTH);
}
