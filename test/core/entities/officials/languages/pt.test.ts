import {
  caseAfter,
  type NameCase,
  nominativeOf,
} from '../../../../../lambdas/core/entities/officials/languages/language';
import { pt } from '../../../../../lambdas/core/entities/officials/languages/pt';
import { fold } from '../../../../../lambdas/core/text/fold';
import { checkTable, foldedWords, type WordList } from './table-checks';

checkTable(pt);

const CASES: readonly NameCase[] = ['genitive', 'dative', 'instrumental', 'locative'];
const has = (list: WordList, word: string) => foldedWords(pt, list).includes(fold(word));

describe('pt morphology: names do not inflect', () => {
  test('no office word sets a case on the name', () => {
    for (const office of ['presidente', 'primeiro-ministro', 'ministra', 'embaixadores', 'chanceler'])
      expect(caseAfter(pt, office)).toBeNull();
  });

  test('Portuguese names and their particles stay as written in every case', () => {
    for (const word of [
      'Albuquerque',
      'Magalhães',
      'Conceição',
      'dos',
      'Santos',
      'da',
      'Costa',
      'e',
      'Silva',
    ])
      for (const nameCase of [...CASES, null]) expect(nominativeOf(pt, word, nameCase)).toBe(word);
  });

  test('feminine and foreign names stay as written', () => {
    for (const word of ['Luíza', 'Inês', 'Blinken', 'Lavrov', 'Baydena', 'Tokaiev'])
      expect(nominativeOf(pt, word, 'dative')).toBe(word);
  });
});

describe('pt word lists', () => {
  test('European and Brazilian office words, both genders and numbers', () => {
    for (const w of ['primeiro-ministro', 'primeira-ministra', 'embaixadora', 'chanceler', 'porta-voz'])
      expect(has('offices', w)).toBe(true);
    for (const w of ['diretor', 'director', 'prefeito', 'autarca', 'vereadora', 'inspetor', 'inspector'])
      expect(has('offices', w)).toBe(true);
    for (const w of ['secretário-geral', 'homóloga', 'deputado', 'xeque', 'provedora'])
      expect(has('offices', w)).toBe(true);
    for (const w of ['embaixadores', 'ministros', 'porta-vozes', 'homólogos'])
      expect(has('pluralOffices', w)).toBe(true);
  });

  test('styles and honorifics, with the parts of their abbreviations', () => {
    for (const w of [
      'Senhor',
      'Senhora',
      'Sr',
      'Sra',
      'Dom',
      'Dona',
      'D',
      'S',
      'Exa',
      'Exmo',
      'Dr',
      'Eng',
      'Prof',
    ])
      expect(has('honorifics', w)).toBe(true);
  });

  test('ministry words inside roles are connectors in both usages', () => {
    for (const w of ['negócios', 'estrangeiros', 'relações', 'exteriores', 'junto', 'das'])
      expect(has('connectors', w)).toBe(true);
  });

  test('weekdays, months and capitals, but not given names', () => {
    for (const w of ['segunda-feira', 'feira', 'setembro', 'Itamaraty', 'Belém', 'Moscovo', 'Moscou'])
      expect(has('institutions', w)).toBe(true);
    for (const w of ['Domingos', 'Domingo', 'Assunção', 'Santiago', 'Salvador'])
      expect(has('institutions', w)).toBe(false);
  });

  test('common surnames that are also words are neither offices nor institutions', () => {
    for (const w of ['Reis', 'Lima', 'Costa', 'Santos', 'Infante'])
      for (const list of ['offices', 'pluralOffices', 'institutions'] as const)
        expect(has(list, w)).toBe(false);
  });

  test('particles of compound surnames', () => {
    for (const w of ['de', 'da', 'do', 'dos', 'das', 'e']) expect(has('particles', w)).toBe(true);
  });
});
