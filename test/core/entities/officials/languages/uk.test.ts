import {
  caseAfter,
  type NameCase,
  nominativeOf,
} from '../../../../../lambdas/core/entities/officials/languages/language';
import { uk } from '../../../../../lambdas/core/entities/officials/languages/uk';
import { fold } from '../../../../../lambdas/core/text/fold';
import { listedIn } from './table-checks';

describe('uk table is well formed', () => {
  test('office forms in every case are found through stems and endings', () => {
    const forms =
      'президент президента президентові президенту президентом президенті президентка президенткою ' +
      'прем’єр-міністр прем’єр-міністра прем’єр-міністром міністр міністра міністрові міністру міністром ' +
      'міністерка міністеркою посол посла послові послу послом голова голови голові голову головою ' +
      'заступник заступника заступником заступниця заступницею речник речника речниця речницею ' +
      'секретар секретаря секретарем держсекретар держсекретарем уповноважений уповноваженого ' +
      'уповноваженим уповноважена депутат депутата депутатом представник представником спецпредставник ' +
      'радник радника радниця король короля королем королева королевою колега колегою член члена членом ' +
      'канцлер канцлера канцлером мер мера мером керівник керівника керівником патріарх патріарха';
    expect(
      forms
        .replace(/’/g, "'")
        .split(' ')
        .filter((w) => !listedIn(uk, 'offices', w)),
    ).toEqual([]);
  });

  test('plural and institution words', () => {
    for (const w of ['міністри', 'міністрів', 'послами', 'депутати', 'представників'])
      expect(listedIn(uk, 'pluralOffices', w)).toBe(true);
    for (const w of ['Міністерства', 'Верховної', 'Ради', 'Посольства', 'Києві', 'вересня', 'Кабінету'])
      expect(listedIn(uk, 'institutions', w)).toBe(true);
    for (const w of ['пан', 'пана', 'пані', 'паном', 'Ексцеленція'])
      expect(listedIn(uk, 'honorifics', w)).toBe(true);
    for (const w of ['міністерство', 'посольство', 'консульство'])
      expect(listedIn(uk, 'offices', w)).toBe(false);
    // Singular genitives that read like plurals stay out of the plural list.
    for (const w of ['голови', 'колеги']) expect(listedIn(uk, 'pluralOffices', w)).toBe(false);
  });
});

describe('uk case after an office word', () => {
  test.each([
    ['Президентом', 'instrumental'],
    ['Міністром', 'instrumental'],
    ['послом', 'instrumental'],
    ['секретарем', 'instrumental'],
    ['Головою', 'instrumental'],
    ['колегою', 'instrumental'],
    ['заступницею', 'instrumental'],
    ['уповноваженим', 'instrumental'],
    ['муфтієм', 'instrumental'],
    ['Президента', 'genitive'],
    ['Міністра', 'genitive'],
    ['посла', 'genitive'],
    ['представника', 'genitive'],
    ['секретаря', 'genitive'],
    ['короля', 'genitive'],
    ['уповноваженого', 'genitive'],
    ['уповноваженої', 'genitive'],
    ['Голови', 'genitive'],
    ['Голову', 'genitive'],
    ['колегу', 'genitive'],
    ['президентку', 'genitive'],
    ['речниці', 'genitive'],
    ['Президентові', 'dative'],
    ['Президенту', 'dative'],
    ['послу', 'dative'],
    ['королеві', 'dative'],
    ['секретарю', 'dative'],
    ['Голові', 'dative'],
    ['колезі', 'dative'],
    ['уповноваженому', 'dative'],
    ['президенті', 'locative'],
    ['послами', 'instrumental'],
    ['міністрам', 'dative'],
    ['міністрів', 'genitive'],
  ] as const)('%s -> %s', (office, nameCase) => {
    expect(caseAfter(uk, fold(office))).toBe(nameCase);
  });

  test.each(
    'Президент посол Голова колега королева уповноважений член король муфтій аташе президентка речниця міністерка Міністр візаві представниця'.split(
      ' ',
    ),
  )('%s (nominative) gives no case', (office) => {
    expect(caseAfter(uk, fold(office))).toBeNull();
  });
});

describe('uk nominative of a name word', () => {
  const cases: [NameCase | null, string, string][] = [
    ['genitive', 'Зеленського', 'Зеленський'],
    ['genitive', 'Кривого', 'Кривий'],
    ['genitive', 'Шевченка', 'Шевченко'],
    ['genitive', 'Дмитра', 'Дмитро'],
    ['genitive', 'Ігоря', 'Ігор'],
    ['genitive', 'Андрія', 'Андрій'],
    ['genitive', 'Василя', 'Василь'],
    ['genitive', 'Еммануеля', 'Еммануель'],
    ['genitive', 'Юлії', 'Юлія'],
    ['genitive', 'Каї', 'Кая'],
    ['genitive', 'Олени', 'Олена'],
    ['genitive', 'Ольги', 'Ольга'],
    ['genitive', 'Кулеби', 'Кулеба'],
    ['genitive', 'Олену', 'Олена'],
    ['genitive', 'Юлію', 'Юлія'],
    ['genitive', 'Байдена', 'Байден'],
    ['genitive', 'Володимира', 'Володимир'],
    ['genitive', 'Ковальчука', 'Ковальчук'],
    ['genitive', 'Іванова', 'Іванов'],
    ['genitive', 'Іванової', 'Іванова'],
    ['genitive', 'Стефанишиної', 'Стефанишина'],
    ['genitive', 'Зеленської', 'Зеленська'],
    ['genitive', 'Зеленську', 'Зеленська'],
    ['genitive', 'Марка', 'Марк'],
    ['dative', 'Зеленському', 'Зеленський'],
    ['dative', 'Івановій', 'Іванова'],
    ['dative', 'Шевченкові', 'Шевченко'],
    ['dative', 'Шевченку', 'Шевченко'],
    ['dative', 'Дмитрові', 'Дмитро'],
    ['dative', 'Ігореві', 'Ігор'],
    ['dative', 'Андрієві', 'Андрій'],
    ['dative', 'Василеві', 'Василь'],
    ['dative', 'Байденові', 'Байден'],
    ['dative', 'Андрію', 'Андрій'],
    ['dative', 'Василю', 'Василь'],
    ['dative', 'Юлії', 'Юлія'],
    ['dative', 'Ользі', 'Ольга'],
    ['dative', 'Олені', 'Олена'],
    ['dative', 'Байдену', 'Байден'],
    ['dative', 'Шольцу', 'Шольц'],
    ['instrumental', 'Івановим', 'Іванов'],
    ['instrumental', 'Путіним', 'Путін'],
    ['instrumental', 'Дмитром', 'Дмитро'],
    ['instrumental', 'Ігорем', 'Ігор'],
    ['instrumental', 'Андрієм', 'Андрій'],
    ['instrumental', 'Шольцем', 'Шольц'],
    ['instrumental', 'Еммануелем', 'Еммануель'],
    ['instrumental', 'Байденом', 'Байден'],
    ['instrumental', 'Макроном', 'Макрон'],
    ['instrumental', 'Оленою', 'Олена'],
    ['instrumental', 'Юлією', 'Юлія'],
    ['instrumental', 'Олесею', 'Олеся'],
    ['instrumental', 'Зеленським', 'Зеленський'],
    ['instrumental', 'Зеленською', 'Зеленська'],
    ['instrumental', 'Шевченком', 'Шевченко'],
    ['locative', 'Байденові', 'Байден'],
    ['locative', 'Байдені', 'Байден'],
    ['locative', 'Зеленському', 'Зеленський'],
    [null, 'Зеленського', 'Зеленський'],
    [null, 'Оленою', 'Олена'],
    [null, 'Байдена', 'Байдена'],
    ['genitive', 'Джо', 'Джо'],
    ['instrumental', 'Джо', 'Джо'],
    ['genitive', 'Антоні', 'Антоні'],
    ['genitive', 'Меркель', 'Меркель'],
    ['instrumental', 'Меркель', 'Меркель'],
    ['dative', 'Каллас', 'Каллас'],
    // Romanian surnames do not decline; Armenian ones in -ян do.
    ['dative', 'Попеску', 'Попеску'],
    ['genitive', 'Йонеску', 'Йонеску'],
    ['dative', 'Пашиняну', 'Пашинян'],
    ['genitive', 'фон', 'фон'],
  ];
  test.each(cases)('%s %s -> %s', (nameCase, word, expected) => {
    expect(nominativeOf(uk, word, nameCase)).toBe(expected);
  });

  test('a foreign name after an office word', () => {
    const rebuild = (office: string, name: string) =>
      name
        .split(' ')
        .map((w) => nominativeOf(uk, w, caseAfter(uk, fold(office))))
        .join(' ');
    expect(rebuild('Президентом', 'Джо Байденом')).toBe('Джо Байден');
    expect(rebuild('Президента', 'Еммануеля Макрона')).toBe('Еммануель Макрон');
    expect(rebuild('Держсекретарем', 'Ентоні Блінкеном')).toBe('Ентоні Блінкен');
    expect(rebuild('Головою', 'Урсулою фон дер Ляєн')).toBe('Урсула фон дер Ляєн');
    expect(rebuild('Канцлеру', 'Олафу Шольцу')).toBe('Олаф Шольц');
    expect(rebuild('Міністра', 'Андрія Сибіги')).toBe('Андрій Сибіга');
  });
});
