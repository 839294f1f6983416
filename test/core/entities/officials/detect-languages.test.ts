import { detectLanguages } from '../../../../lambdas/core/entities/officials/detect-languages';
import { LANGUAGES } from '../../../../lambdas/core/entities/officials/languages';
import { tokenize } from '../../../../lambdas/core/text/tokenize';

const first = (text: string) => detectLanguages(tokenize(text)).ranked[0]?.code;

describe('detectLanguages', () => {
  // Short texts with next to no stop words: the letters only some languages use decide.
  test.each([
    ['Президент вручив нагороду Послу Молдови Миколі Попеску.', 'uk'],
    ['Прэзідэнт уручыў узнагароду Паслу Італіі.', 'be'],
    ['Министр Үндістан Елшісі Раджеш Кумармен кездесті.', 'kk'],
    ['Вазир Ҳиндистон элчиси Ражеш Кумар билан учрашди.', 'uz-cyrl'],
    ['Nazir İrlandiyanın səfiri Şon Merfi ilə görüşüb.', 'az'],
    ['Wicepremier spotkał się z ambasadorem Szwecji Larsem Nilssonem.', 'pl'],
    ['Премијер је честитао амбасадорки Љиљани Ђурић.', 'sr-cyrl'],
  ])('%s reads as %s', (text, code) => {
    expect(first(text)).toBe(code);
  });

  test('letters shared by many languages are no evidence: и and ы do not make a Russian text Kazakh', () => {
    const text =
      'Министр иностранных дел выразил признательность Послу за вклад в развитие двусторонних отношений и ' +
      'пожелал ему успехов. Стороны обсудили вопросы сотрудничества в торгово-экономической сфере.';
    const { ranked } = detectLanguages(tokenize(text));
    expect(ranked[0]?.code).toBe('ru');
    expect(ranked.map((l) => l.code)).not.toEqual(expect.arrayContaining(['kk']));
    expect(ranked.map((l) => l.code)).not.toEqual(expect.arrayContaining(['ky']));
  });

  test('a Polish name in an English text does not make it Polish', () => {
    const text =
      'The Minister met the Ambassador of Poland Łukasz Wiśniewski to discuss the visit of the delegation.';
    expect(detectLanguages(tokenize(text)).signature).toBe('en');
  });

  test('every listed letter is a non-ASCII letter written in lower case', () => {
    for (const lang of LANGUAGES)
      for (const c of lang.letters ?? '') {
        expect(c.charCodeAt(0)).toBeGreaterThan(0x7f);
        expect(c).toBe(c.toLowerCase());
      }
  });
});
