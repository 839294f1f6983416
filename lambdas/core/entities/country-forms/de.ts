import type { CountryForms } from './country-forms';

/**
 * Adjective and people's-name stems from a German country name: "-ien" → "-isch", "-ier", "-er" (Spanien →
 * spanisch, Spanier; Albanien → Albaner), also "-ianisch", "-ianer" (Kolumbien → kolumbianisch), "-land", "-ei" → "-isch" (Russland → russisch; Türkei → türkisch), "-(i)stan" →
 * "-isch", "-e" (Usbekistan → usbekisch, Usbeken), a consonant → "-isch", "-er" (Iran → iranisch, Iraner). A
 * people's name in "-e" from the other kinds (Kroate, Russe) is too near ordinary words ("australe",
 * "Lettern", "brune") to be made by rule: the table lists them.
 */
function deriveDe(name: string): string[] {
  if (/[\s-]/.test(name)) return [];
  const n = name.toLowerCase();
  const out: string[] = [];
  const people = (base: string, ...endings: string[]) => {
    // Shorter bases are ordinary words with endings ("indem", "polen").
    // Nouns are capitalised (Iraner), adjectives not (iranisch).
    const noun = base.charAt(0).toUpperCase() + base.slice(1);
    if (base.length >= 4)
      for (const e of endings) out.push(e.endsWith('sch') ? `${base}${e}*` : `${noun}${e}*`);
  };
  const stan = /^(.{4,}?)i?stan$/.exec(n)?.[1];
  const land = /^(.+)(?:land|ei)$/.exec(n)?.[1];
  if (stan) people(stan, 'isch', 'e');
  if (/ien$/.test(n)) people(n.slice(0, -3), 'isch', 'ier', 'er', 'ianisch', 'ianer');
  if (/e$/.test(n)) people(n.slice(0, -1), 'isch', 'ier', 'er');
  if (land) people(land, 'isch');
  if (/[^aeiou]$/.test(n)) people(n, 'isch', 'er');
  if (/[aoiu]$/.test(n)) people(n, 'nisch', 'ner', 'sch');
  return out;
}

/** German. */
export const de: CountryForms = {
  code: 'de',
  inflection: 'plural',
  stems: 'latin',
  i18n: 'de',
  world: 'deu',
  derive: deriveDe,
  forms: {
    AE: 'emiratisch*',
    BA: 'bosnisch*',
    BR: 'brasilianisch*; Brasilianer*',
    BY: 'belarussisch*; weißrussisch*',
    CA: 'kanadisch*; Kanadier*',
    CH: 'schweizerisch*',
    CN: 'chinesisch*; Chinese*',
    CZ: 'tschechisch*; Tscheche*',
    DE: 'deutsch*; BRD',
    DK: 'dänisch*; Däne*',
    EC: 'ecuadorianisch*',
    EE: 'estnisch*',
    EG: 'ägyptisch*; Ägypter*',
    FR: 'französisch*; Franzose*; Französin*',
    GB: 'britisch*; Brite*; englisch*; Engländer*',
    GR: 'griechisch*; Grieche*',
    HU: 'ungarisch*; Ungar*',
    HR: 'Kroate*',
    SI: 'Slowene*',
    RS: 'Serbe*',
    BG: 'Bulgare*',
    RO: 'Rumäne*',
    TR: 'Türke*',
    SK: 'Slowake*',
    MN: 'Mongole*',
    RU: 'Russe*',
    FI: 'Finne*',
    IN: 'indisch*; Inder*',
    KR: 'südkoreanisch*; koreanisch*; Koreaner*',
    KP: 'nordkoreanisch*',
    LA: 'laotisch*',
    LB: 'libanesisch*',
    LT: 'litauisch*; Litauer*',
    LV: 'lettisch*',
    MA: 'marokkanisch*; Marokkaner*',
    MD: 'moldauisch*; moldawisch*',
    ME: 'montenegrinisch*',
    MK: 'mazedonisch*; nordmazedonisch*',
    MT: 'maltesisch*; Malteser*',
    MX: 'mexikanisch*; Mexikaner*',
    NL: 'niederländisch*; Niederländer*; holländisch*',
    NO: 'norwegisch*; Norweger*',
    PH: 'philippinisch*',
    PL: 'polnisch*; Pole; Polin; Polinnen',
    PS: 'palästinensisch*',
    PT: 'portugiesisch*; Portugiese*',
    SA: 'saudisch*; saudi-arabisch*',
    SE: 'schwedisch*; Schwede*',
    SY: 'syrisch*; Syrer*',
    TH: 'thailändisch*',
    TW: 'taiwanisch*',
    US: 'amerikanisch*; us-amerikanisch*; Amerikaner*; US-Amerikaner*',
    VN: 'vietnamesisch*; Vietnamese*',
    ZA: 'südafrikanisch*',
  },
  notCountries: ['Türkischer Strom'],
};
