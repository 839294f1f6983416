import { codes } from './codes';

// Kazakh: one row per inflection class and form kind, then texts that must name no country.
describe('Kazakh country forms', () => {
  test.each([
    ['name, genitive suffix', 'Қазақстанның Сыртқы істер министрі Өзбекстанда болды.', ['KZ', 'UZ']],
    ['name, dative and ablative', 'Министр Түркияға барды, Ресейден оралды.', ['RU', 'TR']],
    ['adjective in -лық', 'Қазақстандық және америкалық сарапшылар кездесті.', ['KZ', 'US']],
    ['people', 'Қазақтар мен өзбектер мерекені тойлады.', ['KZ', 'UZ']],
    ['abbreviation', 'АҚШ пен ҚХР өкілдері келді.', ['CN', 'US']],
    ['indeclinable name with a suffix', 'Елші Перуге және Малиге сапар жасады.', ['ML', 'PE']],
    ['province named after the country', 'Шығыс Қазақстан облысында дауыл болады.', []],
  ] as const)('%s: %s', (_kind, text, expected) => {
    expect(codes(text)).toEqual([...expected].sort());
  });
});
