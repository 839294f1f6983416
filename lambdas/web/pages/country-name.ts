// Intl.DisplayNames ships with Node's full ICU (the default build, and the Lambda runtime's): English region
// names for a code no release has named yet, without bundling the gazetteer's tables.
const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });

/** English name of an ISO 3166-1 alpha-2 code, or the code itself when unknown. */
export function countryName(code: string): string {
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}
