// Letter case of a word of a country name, told without building new strings where the second letter settles it.

/** A word in capitals: "GUAM", "UAE". */
export function isUpper(text: string): boolean {
  // A second letter in lower case (Latin or basic Cyrillic) settles it without two new strings.
  const c = text.charCodeAt(1);
  if ((c >= 0x61 && c <= 0x7a) || (c >= 0x430 && c <= 0x44f)) return false;
  return text === text.toUpperCase() && text !== text.toLowerCase();
}

/** A word that starts with a capital letter. */
export function startsUpper(text: string): boolean {
  const first = text.charAt(0);
  return first !== first.toLowerCase();
}
