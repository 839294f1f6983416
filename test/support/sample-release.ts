/** A key with a space, a `+` and a non-ASCII letter: S3 sends it URL-encoded, the handler must decode it. */
export const SAMPLE_KEY = 'releases/2025 11/Klakočar + report.txt';

/** A short release in the seed format naming two countries and two officials. */
export const SAMPLE_RELEASE = [
  'date 2025-11-20 gov.si',
  '',
  'Slovenia and Croatia agree on border crossings',
  '',
  'Slovenian Minister Tanja Fajon met Croatian Foreign Minister Gordan Grlić Radman.',
  '',
  'Minister Fajon said the talks were open.',
].join('\n');
