import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildCountryGazetteer } from '../lambdas/core/entities/build-country-gazetteer';
import { gazetteerToData } from '../lambdas/core/entities/country-gazetteer';

/** Where the parser's country data lives; regenerate after changing country-extras.ts or the data packages. */
export const COUNTRY_DATA_FILE = path.resolve(
  __dirname,
  '..',
  'lambdas',
  'core',
  'entities',
  'data',
  'country-gazetteer.json',
);

/** The data file's exact text: one stem per line keeps diffs readable. */
export function renderCountryData(): string {
  const data = gazetteerToData(buildCountryGazetteer());
  const stems = Object.keys(data.phrases).sort();
  const lines = stems.map((stem) => `    ${JSON.stringify(stem)}: ${JSON.stringify(data.phrases[stem])}`);
  return `{\n  "names": ${JSON.stringify(data.names)},\n  "phrases": {\n${lines.join(',\n')}\n  }\n}\n`;
}

if (require.main === module) {
  const text = renderCountryData();
  writeFileSync(COUNTRY_DATA_FILE, text);
  process.stdout.write(
    `wrote ${path.relative(process.cwd(), COUNTRY_DATA_FILE)} (${(text.length / 1024).toFixed(0)} KiB)\n`,
  );
}
