import { codes } from './codes';

// Russian: one row per inflection class and form kind, then texts that must name no country.
describe('Russian country forms', () => {
  test.each([
    [
      'name, genitive',
      'Визит Президента Республики Казахстан в Кыргызстан и Узбекистан.',
      ['KG', 'KZ', 'UZ'],
    ],
    [
      'name, prepositional and instrumental',
      'Переговоры в Польше и с Германией прошли успешно.',
      ['DE', 'PL'],
    ],
    ['long name, genitive', 'Посол Объединённых Арабских Эмиратов вручил верительные грамоты.', ['AE']],
    [
      'adjective, case form',
      'Министр принял делегацию мальтийского парламента и эфиопских компаний.',
      ['ET', 'MT'],
    ],
    [
      'adjective derived from the name',
      'Состоялась встреча с малавийской и колумбийской делегациями.',
      ['CO', 'MW'],
    ],
    ['people, plural genitive', 'Конгресс азербайджанцев и белорусов Европы.', ['AZ', 'BY']],
    ['compound', 'Узбекско-польское и российско-китайское сотрудничество.', ['CN', 'PL', 'RU', 'UZ']],
    ['abbreviation', 'Делегации США, КНР и ОАЭ прибыли в РФ.', ['AE', 'CN', 'RU', 'US']],
    [
      'abbreviations of Tajikistan and Uzbekistan',
      'Министр иностранных дел РТ встретился с послом РУз.',
      ['TJ', 'UZ'],
    ],
    ['region, city, organisation', 'Саммит ОБСЕ в Центральной Азии, Латинской Америке и Москве.', []],
    ['province named after a country', 'Паводок в Восточно-Казахстанской области.', []],
    ['surnames like country stems', 'Выступили Андрей Кубанов, Ольга Перуева и Ирина Иранова.', []],
  ] as const)('%s: %s', (_kind, text, expected) => {
    expect(codes(text)).toEqual([...expected].sort());
  });
});
