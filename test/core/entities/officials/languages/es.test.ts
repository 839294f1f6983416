import { es } from '../../../../../lambdas/core/entities/officials/languages/es';
import {
  caseAfter,
  type NameCase,
  nominativeOf,
} from '../../../../../lambdas/core/entities/officials/languages/language';
import { fold } from '../../../../../lambdas/core/text/fold';
import { checkTable, foldedWords, type WordList } from './table-checks';

checkTable(es);

const CASES: readonly NameCase[] = ['genitive', 'dative', 'instrumental', 'locative'];
const has = (list: WordList, word: string) => foldedWords(es, list).includes(fold(word));

describe('es morphology: names do not inflect', () => {
  test('no office word sets a case on the name', () => {
    for (const office of ['presidente', 'presidenta', 'canciller', 'embajadora', 'ministros', 'homologo'])
      expect(caseAfter(es, office)).toBeNull();
  });

  test('Spanish names, double surnames and particles stay as written in every case', () => {
    for (const word of ['González', 'Murga', 'Rivas', 'Ibáñez', 'Urrutia', 'del', 'Doña'])
      for (const nameCase of [...CASES, null]) expect(nominativeOf(es, word, nameCase)).toBe(word);
  });

  test('feminine and foreign names stay as written', () => {
    for (const word of ['Carmen', 'Mercedes', 'Blinken', 'Lavrov', 'Kowalskiego', 'Tokáyev'])
      expect(nominativeOf(es, word, 'genitive')).toBe(word);
  });
});

describe('es word lists', () => {
  test('office words in both genders and numbers, and the Latin American ones', () => {
    for (const w of ['presidenta', 'vicepresidentes', 'canciller', 'vicecanciller', 'embajadora', 'cónsul'])
      expect(has('offices', w)).toBe(true);
    for (const w of ['alcaldesa', 'portavoz', 'vocera', 'homóloga', 'mandatario', 'intendente', 'jeque'])
      expect(has('offices', w)).toBe(true);
    for (const w of ['embajadores', 'cancilleres', 'ministras', 'homólogos'])
      expect(has('pluralOffices', w)).toBe(true);
  });

  test('styles and honorifics, with the parts of their abbreviations', () => {
    for (const w of ['Excmo', 'Excma', 'Sr', 'Sra', 'Don', 'Doña', 'Dña', 'Dª', 'D', 'S', 'E', 'Ilma'])
      expect(has('honorifics', w)).toBe(true);
  });

  test('ministry words inside roles are connectors', () => {
    for (const w of ['relaciones', 'exteriores', 'asuntos', 'de', 'del', 'ante', 'para'])
      expect(has('connectors', w)).toBe(true);
  });

  test('months and weekdays that are also given names are not institution words', () => {
    for (const w of ['Julio', 'Abril', 'Domingo', 'Santiago', 'Asunción', 'Paz'])
      expect(has('institutions', w)).toBe(false);
    for (const w of ['enero', 'Septiembre', 'lunes', 'Cancillería', 'Ayuntamiento'])
      expect(has('institutions', w)).toBe(true);
  });

  test('common surnames that are also words are neither offices nor institutions', () => {
    for (const w of ['Reyes', 'Cortés', 'Palacio', 'Infante'])
      for (const list of ['offices', 'pluralOffices', 'institutions'] as const)
        expect(has(list, w)).toBe(false);
  });

  test('particles of double and compound surnames', () => {
    for (const w of ['de', 'del', 'la', 'los', 'y']) expect(has('particles', w)).toBe(true);
  });
});
