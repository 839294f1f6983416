import {
  caseAfter,
  type NameCase,
  nominativeOf,
} from '../../../../../lambdas/core/entities/officials/languages/language';
import { srLatn } from '../../../../../lambdas/core/entities/officials/languages/sr-latn';
import { fold } from '../../../../../lambdas/core/text/fold';
import { listedIn } from './table-checks';

describe('sr-latn table is well formed', () => {
  test('office forms in every case are found through stems and endings', () => {
    const forms =
      'predsednik predsednika predsedniku predsednikom predsednica predsednice predsednici predsednicu ' +
      'predsednicom potpredsednik potpredsednika ministar ministra ministru ministrom ministarka ministarke ' +
      'ministarkom premijer premijera premijerom premijerka premijerkom ambasador ambasadora ambasadorom ' +
      'šef šefa šefom šefica šeficom sekretar sekretara sekretarom zamenik zamenika zamenikom savetnik ' +
      'savetnika poslanik poslanika gradonačelnik gradonačelnika portparol portparola konzul konzula ' +
      'otpravnik otpravnika kralj kralja kraljem kraljica kraljicom princ princem kancelar kancelarom ' +
      'kolega kolege kolegom kolegica kolegicom član člana članica članicom muftija muftijom ' +
      'predsedavajući predsedavajućeg predsedavajućem predsedavajućim vođa vođom patrijarh patrijarha';
    expect(forms.split(' ').filter((w) => !listedIn(srLatn, 'offices', w))).toEqual([]);
  });

  test('plural and institution words', () => {
    for (const w of ['ministri', 'ministara', 'ministrima', 'ambasadori', 'poslanici'])
      expect(listedIn(srLatn, 'pluralOffices', w)).toBe(true);
    for (const w of ['Ministarstva', 'Vlade', 'Skupštine', 'Republike', 'Ambasade', 'Beogradu', 'septembra'])
      expect(listedIn(srLatn, 'institutions', w)).toBe(true);
    for (const w of ['gospodin', 'gospodina', 'gospođa', 'gospođom', 'ekselencija'])
      expect(listedIn(srLatn, 'honorifics', w)).toBe(true);
    for (const w of ['ministarstvo', 'ambasada', 'konzulat', 'sekretarijat', 'kancelarija', 'predsedništvo'])
      expect(listedIn(srLatn, 'offices', w)).toBe(false);
  });
});

describe('sr-latn case after an office word', () => {
  test.each([
    ['predsednikom', 'instrumental'],
    ['ministrom', 'instrumental'],
    ['predsednicom', 'instrumental'],
    ['ministarkom', 'instrumental'],
    ['kraljem', 'instrumental'],
    ['kolegom', 'instrumental'],
    ['predsedavajućim', 'instrumental'],
    ['ministrima', 'instrumental'],
    ['predsednika', 'genitive'],
    ['ministra', 'genitive'],
    ['kralja', 'genitive'],
    ['rukovodioca', 'genitive'],
    ['predsedavajućeg', 'genitive'],
    ['predsednice', 'genitive'],
    ['ministarke', 'genitive'],
    ['kolege', 'genitive'],
    ['muftije', 'genitive'],
    ['predsednicu', 'genitive'],
    ['ministarku', 'genitive'],
    ['kolegu', 'genitive'],
    ['ministara', 'genitive'],
    ['ambasadore', 'genitive'],
    ['šefove', 'genitive'],
    ['predsedniku', 'dative'],
    ['ministru', 'dative'],
    ['kralju', 'dative'],
    ['predsedavajućem', 'dative'],
    ['ministarki', 'dative'],
    ['kolegi', 'dative'],
  ] as const)('%s -> %s', (office, nameCase) => {
    expect(caseAfter(srLatn, fold(office))).toBe(nameCase);
  });

  test.each(
    'predsednik ministar predsednica ministarka kolega papa muftija vođa nuncije predsedavajući predsedavajuća kralj šeik ataše rukovodilac'.split(
      ' ',
    ),
  )('%s (nominative) gives no case', (office) => {
    expect(caseAfter(srLatn, fold(office))).toBeNull();
  });
});

describe('sr-latn nominative of a name word', () => {
  const cases: [NameCase | null, string, string][] = [
    ['genitive', 'Pendarovskog', 'Pendarovski'],
    ['genitive', 'Entonija', 'Entoni'],
    ['genitive', 'Marije', 'Marija'],
    ['genitive', 'Aleksandra', 'Aleksandar'],
    ['genitive', 'Petra', 'Petar'],
    ['genitive', 'Marka', 'Marko'],
    ['genitive', 'Maje', 'Maja'],
    ['genitive', 'Ane', 'Ana'],
    ['genitive', 'Nikole', 'Nikola'],
    ['genitive', 'Ivice', 'Ivica'],
    ['genitive', 'Anu', 'Ana'],
    ['genitive', 'Vučića', 'Vučić'],
    ['genitive', 'Lavrova', 'Lavrov'],
    ['genitive', 'Blinkena', 'Blinken'],
    ['genitive', 'Kralja', 'Kralj'],
    ['genitive', 'Vuka', 'Vuk'],
    ['genitive', 'Đorđa', 'Đorđe'],
    ['genitive', 'Pavla', 'Pavle'],
    ['instrumental', 'Pavlom', 'Pavle'],
    ['dative', 'Đorđu', 'Đorđe'],
    ['genitive', 'Rutea', 'Rute'],
    ['dative', 'Ruteu', 'Rute'],
    ['instrumental', 'Ruteom', 'Rute'],
    ['dative', 'Mariji', 'Marija'],
    ['dative', 'Entoniju', 'Entoni'],
    ['dative', 'Aleksandru', 'Aleksandar'],
    ['dative', 'Marku', 'Marko'],
    ['dative', 'Vučiću', 'Vučić'],
    ['dative', 'Makronu', 'Makron'],
    ['dative', 'Ani', 'Ana'],
    ['dative', 'Nikoli', 'Nikola'],
    ['dative', 'Anji', 'Anja'],
    ['instrumental', 'Pendarovskim', 'Pendarovski'],
    ['instrumental', 'Marijom', 'Marija'],
    ['instrumental', 'Entonijem', 'Entoni'],
    ['instrumental', 'Ivicom', 'Ivica'],
    ['instrumental', 'Aleksandrom', 'Aleksandar'],
    ['instrumental', 'Markom', 'Marko'],
    ['instrumental', 'Vučićem', 'Vučić'],
    ['instrumental', 'Vucicem', 'Vucic'],
    ['instrumental', 'Sergejem', 'Sergej'],
    ['instrumental', 'Kraljem', 'Kralj'],
    ['instrumental', 'Šolcem', 'Šolc'],
    ['instrumental', 'Majom', 'Maja'],
    ['instrumental', 'Makronom', 'Makron'],
    ['instrumental', 'Lavrovom', 'Lavrov'],
    ['locative', 'Vučiću', 'Vučić'],
    ['locative', 'Ani', 'Ana'],
    // Feminine surnames in -ić and foreign names ending in a vowel do not decline.
    ['genitive', 'Brnabić', 'Brnabić'],
    ['instrumental', 'Brnabić', 'Brnabić'],
    ['dative', 'Rubio', 'Rubio'],
    // Romanian surnames do not decline.
    ['dative', 'Ionesku', 'Ionesku'],
    ['genitive', 'Popesku', 'Popesku'],
    ['genitive', 'Džo', 'Džo'],
    ['instrumental', 'fon', 'fon'],
    [null, 'Vučića', 'Vučića'],
  ];
  test.each(cases)('%s %s -> %s', (nameCase, word, expected) => {
    expect(nominativeOf(srLatn, word, nameCase)).toBe(expected);
  });

  test('a foreign name after an office word', () => {
    const rebuild = (office: string, name: string) =>
      name
        .split(' ')
        .map((w) => nominativeOf(srLatn, w, caseAfter(srLatn, fold(office))))
        .join(' ');
    expect(rebuild('sekretarom', 'Entonijem Blinkenom')).toBe('Entoni Blinken');
    expect(rebuild('predsednika', 'Emanuela Makrona')).toBe('Emanuel Makron');
    expect(rebuild('kancelarom', 'Olafom Šolcom')).toBe('Olaf Šolc');
    expect(rebuild('ministru', 'Sergeju Lavrovu')).toBe('Sergej Lavrov');
    expect(rebuild('predsednicu', 'Ursulu fon der Lajen')).toBe('Ursula fon der Lajen');
  });

  test('a feminine office word in the instrumental marks a woman, whose -om name ends -a', () => {
    for (const office of ['ministarkom', 'predsednicom', 'ambasadorkom', 'portparolkom'])
      expect(srLatn.feminineOffice?.test(fold(office))).toBe(true);
    for (const office of ['ministrom', 'predsednikom', 'ambasadorom', 'ministarke'])
      expect(srLatn.feminineOffice?.test(fold(office))).toBe(false);
    const rules = srLatn.feminineNominative?.instrumental ?? [];
    const rebuilt = (word: string) => {
      for (const [pattern, to] of rules) if (pattern.test(word)) return word.replace(pattern, to);
      return word;
    };
    expect(['Anom', 'Kristinom', 'Hofer'].map(rebuilt)).toEqual(['Ana', 'Kristina', 'Hofer']);
  });

  test('"sa" and "s" govern the instrumental', () => {
    expect(srLatn.prepositionCases).toEqual({ instrumental: 'sa s' });
  });
});
