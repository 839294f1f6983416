import { LANGUAGES } from '../../../../../lambdas/core/entities/officials/languages';
import { checkTable } from './table-checks';

// Every language the extractor reads has a well-formed table (the languages' own tests check their rules).
describe.each(LANGUAGES.map((l) => [l.code, l] as const))('%s', (_code, lang) => {
  checkTable(lang);
});
