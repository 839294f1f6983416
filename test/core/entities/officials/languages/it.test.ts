import { it as italian } from '../../../../../lambdas/core/entities/officials/languages/it';
import {
  caseAfter,
  type NameCase,
  nominativeOf,
} from '../../../../../lambdas/core/entities/officials/languages/language';
import { fold } from '../../../../../lambdas/core/text/fold';
import { checkTable, foldedWords, type WordList } from './table-checks';

checkTable(italian);

const CASES: readonly NameCase[] = ['genitive', 'dative', 'instrumental', 'locative'];
const has = (list: WordList, word: string) => foldedWords(italian, list).includes(fold(word));

describe('it morphology: names do not inflect', () => {
  test('no office word sets a case on the name', () => {
    for (const office of ['presidente', 'ministro', 'ambasciatrice', 'omologo', 'sindaco'])
      expect(caseAfter(italian, office)).toBeNull();
  });

  test('Italian names and their particles stay as written in every case', () => {
    for (const word of ['Rossi', 'De', 'Santis', 'Gualtieri', 'di', 'Montalto', 'Dell'])
      for (const nameCase of [...CASES, null]) expect(nominativeOf(italian, word, nameCase)).toBe(word);
  });

  test('feminine and foreign names stay as written', () => {
    for (const word of ['Giovanna', 'Chiara', 'Blinken', 'Lavrov', 'Wierzbicki', 'Tokaev'])
      expect(nominativeOf(italian, word, 'instrumental')).toBe(word);
  });
});

describe('it word lists', () => {
  test('office words in both genders and numbers', () => {
    for (const w of [
      'presidente',
      'presidentessa',
      'ministra',
      'ambasciatrice',
      'sottosegretario',
      'premier',
    ])
      expect(has('offices', w)).toBe(true);
    for (const w of ['sindaco', 'sindaca', 'assessore', 'omologo', 'omologa', 'portavoce', 'capodelegazione'])
      expect(has('offices', w)).toBe(true);
    for (const w of ['ministri', 'ambasciatori', 'omologhi', 'deputate'])
      expect(has('pluralOffices', w)).toBe(true);
  });

  test('styles and honorifics, with the parts of their abbreviations', () => {
    for (const w of [
      'On',
      'Onorevole',
      'Sen',
      'Dott',
      'ssa',
      'Sig',
      'ra',
      'S',
      'E',
      'Eccellenza',
      'Avv',
      'Mons',
    ])
      expect(has('honorifics', w)).toBe(true);
  });

  test('elided articles and the words of ministry names are connectors', () => {
    for (const w of ['l', 'dell', 'd', 'all', 'degli', 'presso', 'affari', 'esteri'])
      expect(has('connectors', w)).toBe(true);
  });

  test('institutions and dates, but not given names', () => {
    for (const w of ['Farnesina', 'Quirinale', 'Chigi', 'Montecitorio', 'maggio', 'lunedì'])
      expect(has('institutions', w)).toBe(true);
    for (const w of ['Domenica', 'Marina', 'Santa']) expect(has('institutions', w)).toBe(false);
  });

  test('a surname that is also a title word is not an honorific', () => {
    for (const w of ['Conte', 'Conti', 'Marchese']) expect(has('honorifics', w)).toBe(false);
  });

  test('particles of noble and compound surnames', () => {
    for (const w of ['di', 'de', 'del', 'della', 'd', 'dell']) expect(has('particles', w)).toBe(true);
  });
});
