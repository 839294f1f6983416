import { be } from '../../../../../lambdas/core/entities/officials/languages/be';
import {
  caseAfter,
  type NameCase,
  nominativeOf,
} from '../../../../../lambdas/core/entities/officials/languages/language';
import { fold } from '../../../../../lambdas/core/text/fold';
import { listedIn } from './table-checks';

describe('be table is well formed', () => {
  test('office forms in every case are found through stems and endings', () => {
    const forms =
      "Прэзідэнт Прэзідэнта Прэзідэнту Прэзідэнтам прэзідэнце прэм'ер-міністр прэм'ер-міністра " +
      'Міністр Міністра Міністру Міністрам Пасол Пасла Паслу Паслом старшыня старшыні старшынёй ' +
      'намеснік намесніка намеснікам намесніца намесніцай сакратар сакратара сакратаром кіраўнік кіраўніка ' +
      'кіраўніком дарадца дарадцы дарадцам павераны паверанага паверанаму павераным дэпутат дэпутата ' +
      'прадстаўнік прадстаўніка прадстаўніком кароль караля каралём каралева каралевай калега калегам ' +
      'член члена членам канцлер канцлера канцлерам спікер спікера';
    expect(forms.split(' ').filter((w) => !listedIn(be, 'offices', w))).toEqual([]);
  });

  test('plural and institution words', () => {
    for (const w of ['міністры', 'міністраў', 'пасламі', 'дэпутаты', 'прадстаўнікоў'])
      expect(listedIn(be, 'pluralOffices', w)).toBe(true);
    for (const w of [
      'Міністэрства',
      'Савета',
      'Рэспублікі',
      'Пасольства',
      'Мінску',
      'верасня',
      'Адміністрацыі',
    ])
      expect(listedIn(be, 'institutions', w)).toBe(true);
    for (const w of ['спадар', 'спадара', 'спадарыня', 'спадаром', 'пані'])
      expect(listedIn(be, 'honorifics', w)).toBe(true);
    for (const w of ['міністэрства', 'пасольства']) expect(listedIn(be, 'offices', w)).toBe(false);
    // Singular instrumentals that read like plural datives stay out of the plural list.
    for (const w of ['міністрам', 'прэзідэнтам', 'калегі'])
      expect(listedIn(be, 'pluralOffices', w)).toBe(false);
  });
});

describe('be case after an office word', () => {
  test.each([
    ['Прэзідэнтам', 'instrumental'],
    ['Міністрам', 'instrumental'],
    ['Паслом', 'instrumental'],
    ['кіраўніком', 'instrumental'],
    ['каралём', 'instrumental'],
    ['старшынёй', 'instrumental'],
    ['намесніцай', 'instrumental'],
    ['павераным', 'instrumental'],
    ['пасламі', 'instrumental'],
    ['Прэзідэнта', 'genitive'],
    ['Міністра', 'genitive'],
    ['Пасла', 'genitive'],
    ['кіраўніка', 'genitive'],
    ['караля', 'genitive'],
    ['паверанага', 'genitive'],
    ['старшыні', 'genitive'],
    ['старшыню', 'genitive'],
    ['калегі', 'genitive'],
    ['дарадцы', 'genitive'],
    ['міністраў', 'genitive'],
    ['Прэзідэнту', 'dative'],
    ['Міністру', 'dative'],
    ['Паслу', 'dative'],
    ['дарадцу', 'dative'],
    ['каралю', 'dative'],
    ['калезе', 'dative'],
    ['паверанаму', 'dative'],
    ['прэзідэнце', 'locative'],
  ] as const)('%s -> %s', (office, nameCase) => {
    expect(caseAfter(be, fold(office))).toBe(nameCase);
  });

  test.each(
    'Прэзідэнт Пасол старшыня калега каралева дарадца павераны член кароль муфтый аташэ намесніца Міністр'.split(
      ' ',
    ),
  )('%s (nominative) gives no case', (office) => {
    expect(caseAfter(be, fold(office))).toBeNull();
  });
});

describe('be nominative of a name word', () => {
  const cases: [NameCase | null, string, string][] = [
    ['genitive', 'Лаўрова', 'Лаўроў'],
    ['genitive', 'Станіслава', 'Станіслаў'],
    ['genitive', 'Сяргея', 'Сяргей'],
    ['genitive', 'Мікалая', 'Мікалай'],
    ['genitive', 'Эмануэля', 'Эмануэль'],
    ['genitive', 'Вольгі', 'Вольга'],
    ['genitive', 'Лукашэнкі', 'Лукашэнка'],
    ['genitive', 'Марыі', 'Марыя'],
    ['genitive', 'Наталлі', 'Наталля'],
    ['genitive', 'Алены', 'Алена'],
    ['genitive', 'Алену', 'Алена'],
    ['genitive', 'Марыю', 'Марыя'],
    ['genitive', 'Аляксандра', 'Аляксандр'],
    ['genitive', 'Байдэна', 'Байдэн'],
    ['genitive', 'Пуціна', 'Пуцін'],
    ['genitive', 'Кавалеўскага', 'Кавалеўскі'],
    ['genitive', 'Кавалеўскай', 'Кавалеўская'],
    ['genitive', 'Івановай', 'Іванова'],
    ['dative', 'Лаўрову', 'Лаўроў'],
    ['dative', 'Лукашэнку', 'Лукашэнка'],
    ['dative', 'Сяргею', 'Сяргей'],
    ['dative', 'Эмануэлю', 'Эмануэль'],
    ['dative', 'Вользе', 'Вольга'],
    ['dative', 'Алене', 'Алена'],
    ['dative', 'Байдэну', 'Байдэн'],
    ['dative', 'Кавалеўскаму', 'Кавалеўскі'],
    ['instrumental', 'Лаўровым', 'Лаўроў'],
    ['instrumental', 'Пуціным', 'Пуцін'],
    ['instrumental', 'Сяргеем', 'Сяргей'],
    ['instrumental', 'Эмануэлем', 'Эмануэль'],
    ['instrumental', 'Байдэнам', 'Байдэн'],
    ['instrumental', 'Аляксандрам', 'Аляксандр'],
    ['instrumental', 'Марыяй', 'Марыя'],
    ['instrumental', 'Аленай', 'Алена'],
    ['instrumental', 'Лукашэнкам', 'Лукашэнка'],
    ['instrumental', 'Кавалеўскім', 'Кавалеўскі'],
    ['locative', 'Байдэне', 'Байдэн'],
    ['locative', 'Лаўрове', 'Лаўроў'],
    [null, 'Кавалеўскага', 'Кавалеўскі'],
    [null, 'Байдэна', 'Байдэна'],
    ['genitive', 'Джо', 'Джо'],
    ['instrumental', 'Меркель', 'Меркель'],
    ['genitive', 'Антані', 'Антані'],
    ['dative', 'фон', 'фон'],
  ];
  test.each(cases)('%s %s -> %s', (nameCase, word, expected) => {
    expect(nominativeOf(be, word, nameCase)).toBe(expected);
  });

  test('a foreign name after an office word', () => {
    const rebuild = (office: string, name: string) =>
      name
        .split(' ')
        .map((w) => nominativeOf(be, w, caseAfter(be, fold(office))))
        .join(' ');
    expect(rebuild('Прэзідэнтам', 'Джо Байдэнам')).toBe('Джо Байдэн');
    expect(rebuild('Прэзідэнта', 'Эмануэля Макрона')).toBe('Эмануэль Макрон');
    expect(rebuild('Міністрам', 'Сяргеем Лаўровым')).toBe('Сяргей Лаўроў');
    expect(rebuild('Паслу', 'Аляксандру Кавалеўскаму')).toBe('Аляксандр Кавалеўскі');
  });
});
