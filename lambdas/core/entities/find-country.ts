// FIRST CUT: the entity work replaces this with the gazetteer, keeping this signature.

/**
 * Resolves one country name, demonym or code in any supported language ("Slovenia", "SI", "Словения")
 * to its ISO 3166-1 alpha-2 code, or null when it names no country.
 */
export function findCountryCode(name: string): string | null {
  const trimmed = name.trim();
  if (/^[A-Za-z]{2}$/.test(trimmed)) return trimmed.toUpperCase();
  return null;
}
