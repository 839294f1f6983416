import { MAX_SEARCH_WORD, searchTerms, searchText } from '../../../lambdas/core/search/search-text';

describe('searchText', () => {
  test('each folded word once, in the order of first occurrence, across paragraphs', () => {
    expect(
      searchText(['Klakočar Zupančič met Tokayev.', 'TOKAYEV thanked Klakočar-Zupančič; Токаев too.']),
    ).toEqual({
      text: 'klakocar zupancic met tokayev thanked токаев too',
      complete: true,
    });
    expect(searchText([])).toEqual({ text: '', complete: true });
  });

  test('stops before the word that would pass the byte cap, counting UTF-8 bytes', () => {
    // "ab" 2 bytes, " čč" folds to " cc" (3), " жж" (1 + 4 bytes): 10 bytes in all.
    expect(searchText(['ab čč жж'], 10)).toEqual({ text: 'ab cc жж', complete: true });
    expect(searchText(['ab čč жж'], 9)).toEqual({ text: 'ab cc', complete: false });
  });

  test('leaves out runs longer than a word, without stopping', () => {
    const blob = 'x'.repeat(MAX_SEARCH_WORD + 1);
    expect(searchText([`before ${blob} after`])).toEqual({ text: 'before after', complete: false });
    expect(searchText([`${'y'.repeat(MAX_SEARCH_WORD)}`]).complete).toBe(true);
  });
});

describe('searchTerms', () => {
  test('the words of a query, folded as the body is, each once', () => {
    expect(searchTerms('  Čebelarstvo, K.K.Tokayev  čebelarstvo ')).toEqual(['cebelarstvo', 'k', 'tokayev']);
    expect(searchTerms(' -- ')).toEqual([]);
  });
});
