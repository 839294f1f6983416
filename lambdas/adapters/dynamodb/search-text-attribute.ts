import type { ParsedRelease } from '../../core/release';
import { searchText } from '../../core/search/search-text';
import type { Item } from './dynamodb-table';

/**
 * The release item's `searchText`: its body's distinct folded words (`core/search/search-text.ts`, capped by
 * `SEARCH_TEXT_BYTES`), so that the web search matches the full text without reading S3. Part of the content
 * attributes, so an update replaces it. An empty body is stored as NULL (an empty string cannot be told from an
 * item written before the attribute existed); items written before it have none, and match on their other
 * fields only.
 */
export const SEARCH_TEXT = 'searchText';

export function searchTextAttribute(release: Pick<ParsedRelease, 'body'>): Item {
  const { text } = searchText(release.body);
  return { [SEARCH_TEXT]: text ? { S: text } : { NULL: true } };
}

/** The item's search text: '' for an empty body, undefined for an item stored before search texts were kept. */
export function searchTextOf(item: Item): string | undefined {
  const value = item[SEARCH_TEXT];
  if (!value) return undefined;
  return value.S ?? '';
}
