// FIRST CUT: the entity work refines this, keeping these signatures.

/** Folds text for comparison: NFKD, combining marks removed, every dash to `-`, lower case, spaces collapsed. */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/\p{Pd}/gu, '-')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Stable id of an official from a canonical name: folded, ASCII-ish slug, e.g. `kassym-jomart-tokayev`. */
export function officialId(name: string): string {
  return fold(name)
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}
