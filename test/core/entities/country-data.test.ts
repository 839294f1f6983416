import { readFileSync } from 'node:fs';
import { findCountryCode } from '../../../lambdas/core/entities/find-country';
import { COUNTRY_DATA_FILE, renderCountryData } from '../../../scripts/generate-country-data';

describe('generated country data', () => {
  test('matches what the builder makes from the packages and country-forms/ (else: npm run generate:countries)', () => {
    expect(readFileSync(COUNTRY_DATA_FILE, 'utf8')).toBe(renderCountryData());
  });

  test('the loaded data resolves names in several languages', () => {
    expect(findCountryCode('Slovenia')).toBe('SI');
    expect(findCountryCode('Словения')).toBe('SI');
    expect(findCountryCode('Kasachstan')).toBe('KZ');
    expect(findCountryCode('Atlantis')).toBeNull();
  });
});
