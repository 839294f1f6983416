// Intl.DisplayNames ships with Node's full ICU (the default build, and the Lambda runtime's): English region
// names for a code no release has named yet, without bundling the gazetteer's tables. Built on first use: its
// construction loads ICU's region data, about 9 ms of a cold start that a page without countries never needs
// (a CPU profile of the web bundle's load, 2026-12-01).
let names: Intl.DisplayNames | null = null;

/** English name of an ISO 3166-1 alpha-2 code, or the code itself when unknown. */
export function countryName(code: string): string {
  names ??= new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}
