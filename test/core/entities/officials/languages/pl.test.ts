import {
  caseAfter,
  type NameCase,
  nominativeOf,
} from '../../../../../lambdas/core/entities/officials/languages/language';
import { pl } from '../../../../../lambdas/core/entities/officials/languages/pl';
import { fold } from '../../../../../lambdas/core/text/fold';
import { listedIn } from './table-checks';

describe('pl table is well formed', () => {
  test('office forms in every case are found through stems and endings', () => {
    const forms =
      'prezydent prezydenta prezydentowi prezydentem prezydencie prezydentka prezydentką prezydentce ' +
      'premier premiera premierem premierze minister ministra ministrowi ministrem ministrze wiceministrem ' +
      'ambasador ambasadora ambasadorem ambasadorze ambasadorka sekretarz sekretarza sekretarzem ' +
      'marszałek marszałka marszałkiem przewodniczący przewodniczącego przewodniczącemu przewodniczącym ' +
      'przewodnicząca przewodniczącej przewodniczącą poseł posła posłem posłanka rzecznik rzecznika ' +
      'rzecznikiem rzeczniczka dyrektor dyrektorem szef szefa szefem szefowa szefową prezes prezesem ' +
      'doradca doradcy doradcą członek członka członkiem król króla królem królowa królową książę księcia ' +
      'kanclerz kanclerza kanclerzem odpowiednikiem odpowiedniczką wojewoda wojewodą konsul konsulem ' +
      'wysłannik wysłannikiem przedstawiciel przedstawicielem komisarz komisarzem papież papieża';
    expect(forms.split(' ').filter((w) => !listedIn(pl, 'offices', w))).toEqual([]);
  });

  test('plural and institution words', () => {
    for (const w of ['ministrowie', 'ministrów', 'ambasadorami', 'posłowie', 'przedstawicieli'])
      expect(listedIn(pl, 'pluralOffices', w)).toBe(true);
    for (const w of ['Ministerstwa', 'Sejmu', 'Senacie', 'Kancelarii', 'Ambasady', 'Warszawie', 'września'])
      expect(listedIn(pl, 'institutions', w)).toBe(true);
    for (const w of ['pana', 'panią', 'panem', 'pani', 'Ekscelencja'])
      expect(listedIn(pl, 'honorifics', w)).toBe(true);
    // Stems of office words do not reach their institutions.
    for (const w of ['ministerstwo', 'konsulat', 'ambasada', 'senat'])
      expect(listedIn(pl, 'offices', w)).toBe(false);
  });
});

describe('pl case after an office word', () => {
  test.each([
    ['ministrem', 'instrumental'],
    ['prezydentem', 'instrumental'],
    ['marszałkiem', 'instrumental'],
    ['księciem', 'instrumental'],
    ['przewodniczącym', 'instrumental'],
    ['ministra', 'genitive'],
    ['prezydenta', 'genitive'],
    ['marszałka', 'genitive'],
    ['członka', 'genitive'],
    ['rzecznika', 'genitive'],
    ['księcia', 'genitive'],
    ['przewodniczącego', 'genitive'],
    ['przewodniczącej', 'genitive'],
    ['prezydentki', 'genitive'],
    ['doradcy', 'genitive'],
    ['wojewody', 'genitive'],
    ['doradcę', 'genitive'],
    ['prezydentkę', 'genitive'],
    ['ministrowi', 'dative'],
    ['przewodniczącemu', 'dative'],
    ['księciu', 'dative'],
    ['prezydentce', 'dative'],
    ['prezydencie', 'locative'],
    ['ministrze', 'locative'],
    ['sekretarzu', 'locative'],
    ['ministrami', 'instrumental'],
    ['ambasadorom', 'dative'],
    ['ministrów', 'genitive'],
    ['prezydentach', 'locative'],
  ] as const)('%s -> %s', (office, nameCase) => {
    expect(caseAfter(pl, fold(office))).toBe(nameCase);
  });

  test.each(
    'minister prezydent premier ambasador marszałek przewodniczący przewodnicząca doradca wojewoda książę prezydentka głowa szefowa posłanka starosta patriarcha członkini chargé attaché mufti rzeczniczka deputowany'.split(
      ' ',
    ),
  )('%s (nominative) gives no case', (office) => {
    expect(caseAfter(pl, fold(office))).toBeNull();
  });
});

describe('pl nominative of a name word', () => {
  const cases: [NameCase | null, string, string][] = [
    // Genitive (and the accusative that reads like it).
    ['genitive', 'Kowalskiego', 'Kowalski'],
    ['genitive', 'Zawadzkiego', 'Zawadzki'],
    ['genitive', 'Antoniego', 'Antoni'],
    ['genitive', 'Jerzego', 'Jerzy'],
    ['genitive', 'Kowalskiej', 'Kowalska'],
    ['genitive', 'Wolnej', 'Wolna'],
    ['genitive', 'Marii', 'Maria'],
    ['genitive', 'Alicji', 'Alicja'],
    ['genitive', 'Urszuli', 'Urszula'],
    ['genitive', 'Agnieszki', 'Agnieszka'],
    ['genitive', 'Łukaszenki', 'Łukaszenka'],
    ['genitive', 'Anny', 'Anna'],
    ['genitive', 'Dudy', 'Duda'],
    ['genitive', 'Pawła', 'Paweł'],
    ['genitive', 'Marka', 'Marek'],
    ['genitive', 'Jana', 'Jan'],
    ['genitive', 'Nowaka', 'Nowak'],
    ['genitive', 'Andrzeja', 'Andrzej'],
    ['genitive', 'Blinkena', 'Blinken'],
    ['genitive', 'Macrona', 'Macron'],
    ['genitive', 'Annę', 'Anna'],
    ['genitive', 'Kowalską', 'Kowalska'],
    // Dative.
    ['dative', 'Kowalskiemu', 'Kowalski'],
    ['dative', 'Jerzemu', 'Jerzy'],
    ['dative', 'Markowi', 'Marek'],
    ['dative', 'Pawłowi', 'Paweł'],
    ['dative', 'Janowi', 'Jan'],
    ['dative', 'Bidenowi', 'Biden'],
    ['dative', 'Kowalskiej', 'Kowalska'],
    ['dative', 'Marii', 'Maria'],
    ['dative', 'Barbarze', 'Barbara'],
    ['dative', 'Dudzie', 'Duda'],
    ['dative', 'Marcie', 'Marta'],
    ['dative', 'Oldze', 'Olga'],
    ['dative', 'Agnieszce', 'Agnieszka'],
    ['dative', 'Annie', 'Anna'],
    ['dative', 'Ewie', 'Ewa'],
    // Instrumental.
    ['instrumental', 'Antonym', 'Antony'],
    ['instrumental', 'Blinkenem', 'Blinken'],
    ['instrumental', 'Markiem', 'Marek'],
    ['instrumental', 'Nowakiem', 'Nowak'],
    ['instrumental', 'Pawłem', 'Paweł'],
    ['instrumental', 'Janem', 'Jan'],
    ['instrumental', 'Andrzejem', 'Andrzej'],
    ['instrumental', 'Scholzem', 'Scholz'],
    ['instrumental', 'Kowalskim', 'Kowalski'],
    ['instrumental', 'Anną', 'Anna'],
    ['instrumental', 'Kowalską', 'Kowalska'],
    ['instrumental', 'Dudą', 'Duda'],
    // Locative.
    ['locative', 'Kowalskim', 'Kowalski'],
    ['locative', 'Marku', 'Marek'],
    ['locative', 'Pawle', 'Paweł'],
    ['locative', 'Michale', 'Michał'],
    ['locative', 'Piotrze', 'Piotr'],
    ['locative', 'Dawidzie', 'Dawid'],
    ['locative', 'Robercie', 'Robert'],
    ['locative', 'Nowaku', 'Nowak'],
    ['locative', 'Andrzeju', 'Andrzej'],
    ['locative', 'Tomaszu', 'Tomasz'],
    ['locative', 'Janie', 'Jan'],
    ['locative', 'Bidenie', 'Biden'],
    // Endings no nominative has are rebuilt whatever the case (after "minister" for a woman, "panią").
    [null, 'Kowalską', 'Kowalska'],
    [null, 'Annę', 'Anna'],
    [null, 'Sikorskiego', 'Sikorski'],
    // Words that stay as they are.
    [null, 'Jana', 'Jana'],
    ['genitive', 'Antony', 'Antony'],
    ['genitive', 'Nowak', 'Nowak'],
    ['genitive', 'Kallas', 'Kallas'],
    ['genitive', 'Rubio', 'Rubio'],
    ['instrumental', 'Rubio', 'Rubio'],
    ['dative', 'Kim', 'Kim'],
    ['instrumental', 'von', 'von'],
  ];
  test.each(cases)('%s %s -> %s', (nameCase, word, expected) => {
    expect(nominativeOf(pl, word, nameCase)).toBe(expected);
  });

  test('a foreign name after an office word in the instrumental and the genitive', () => {
    const rebuild = (office: string, name: string) =>
      name
        .split(' ')
        .map((w) => nominativeOf(pl, w, caseAfter(pl, fold(office))))
        .join(' ');
    expect(rebuild('sekretarzem', 'Antonym Blinkenem')).toBe('Antony Blinken');
    expect(rebuild('prezydenta', 'Emmanuela Macrona')).toBe('Emmanuel Macron');
    expect(rebuild('przewodniczącą', 'Ursulą von der Leyen')).toBe('Ursula von der Leyen');
    expect(rebuild('kanclerzem', 'Olafem Scholzem')).toBe('Olaf Scholz');
    expect(rebuild('minister', 'Anną Kowalską')).toBe('Anna Kowalska');
  });
});
