/**
 * Adjective and people's-name stems from a Slovenian, Croatian or Serbian (Latin) country name: "-ija" →
 * "-ijsk-" (Avstrija → avstrijski, Avstrijec; Austrija → austrijski, Austrijanac), "-a" → "-sk-" (Gana →
 * ganski), a consonant → "-sk-" (Iran → iranski, Iranec/Iranac), a final vowel → "-jsk-" (Mali → malijski);
 * "-(i)stan" names also by the people (Kazahstan → Kazahi, Kazahov). The "-ska/-ška" names (Hrvaška, Poljska)
 * are adjectives already: their own stem finds them. `people` are the language's endings of the people's name.
 */
export function deriveSouthSlavic(name: string, people: readonly string[]): string[] {
  if (/[\s-]/.test(name)) return [];
  const n = name.toLowerCase();
  if (/[sšč]ka$/.test(n)) return [];
  // Both Avstrija → avstrijski and Estonija → estonski occur.
  const bases = /ija$/.test(n)
    ? [n.slice(0, -1), n.slice(0, -3)]
    : /a$/.test(n)
      ? [n.slice(0, -1)]
      : /[iuoe]$/.test(n)
        ? [`${n}j`]
        : [n];
  const out: string[] = [];
  for (const base of bases) {
    out.push(`${base}sk*`);
    // Peoples' names are capitalised (Iranci); a base ending in a vowel makes no people's name (Samoa).
    const Base = base.charAt(0).toUpperCase() + base.slice(1);
    if (base.length >= 4 && !/[aeiou]$/.test(base)) for (const e of people) out.push(`${Base}${e}*`);
  }
  const stem = /^(.{5,}?)i?stan$/.exec(n)?.[1];
  if (stem) out.push(`${stem}sk*`, `${stem.charAt(0).toUpperCase()}${stem.slice(1)}*`);
  return out;
}
