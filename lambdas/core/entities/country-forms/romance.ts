/**
 * Adjective stems from a Spanish, Portuguese or Italian country name by the languages' commonest suffixes:
 * "-iano" (Colombia → colombiano, Nigéria → nigeriano), "-ense" (Canadá → canadiense, Mali → maliense),
 * "-esa/-eses/-ese/-esi" (Japón → japonesa, Albania → albanese), and the name without "-istán/-istão/-istan" (Uzbekistán
 * → uzbeko). Every stem takes the gender and number endings (-o, -a, -os, -as, -i, -e). A rule that yields no
 * word of the language yields a stem nothing matches; the tables hold the irregular adjectives.
 */
export function deriveRomance(name: string): string[] {
  if (/[\s-]/.test(name)) return [];
  const n = name.toLowerCase();
  const stan = /^(.{4,}?)i?st(?:án|ão|an)$/.exec(n)?.[1];
  const base = n.replace(/(?:ia|ía|ie)$/, '').replace(/[aeiouáéíóúâêôãõ]$/, '');
  if (base.length < 4) return stan && stan.length >= 5 ? [`${stan}*`] : [];
  // The masculine "-és/-ês" folds to a plural ("libérés", "serves"): only the other forms are made.
  const out = [
    `${base}ian*`,
    `${base}iens*`,
    `${base}ens*`,
    `${base}ese*`,
    `${base}esa*`,
    `${base}eses*`,
    `${base}esi*`,
  ];
  if (stan && stan.length >= 5) out.push(`${stan}*`);
  return out;
}
