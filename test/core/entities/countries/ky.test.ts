import { codes } from './codes';

// Kyrgyz: one row per inflection class and form kind, then texts that must name no country.
describe('Kyrgyz country forms', () => {
  test.each([
    ['name, genitive suffix', 'Кыргызстандын тышкы иштер министри Казакстанга барды.', ['KG', 'KZ']],
    ['name, locative adjective', 'Өзбекстандагы элчилик иш сапарын уюштурду.', ['UZ']],
    ['adjective in -дык', 'Кыргызстандык жана түркиялык ишкерлер жолугушту.', ['KG', 'TR']],
    ['people', 'Кыргыздар менен өзбектер.', ['KG', 'UZ']],
    ['abbreviation', 'АКШ жана КЭР өкүлдөрү.', ['CN', 'US']],
  ] as const)('%s: %s', (_kind, text, expected) => {
    expect(codes(text)).toEqual([...expected].sort());
  });
});
