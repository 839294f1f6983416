// Node's TextDecoder('windows-1252') maps 0x80-0x9F wrongly since Node 20.18.3 (see GUIDE), so that range
// comes from the WHATWG index here. null marks the five bytes the code page leaves undefined.
const HIGH_C1: readonly (number | null)[] = [
  0x20ac,
  null,
  0x201a,
  0x0192,
  0x201e,
  0x2026,
  0x2020,
  0x2021,
  0x02c6,
  0x2030,
  0x0160,
  0x2039,
  0x0152,
  null,
  0x017d,
  null,
  null,
  0x2018,
  0x2019,
  0x201c,
  0x201d,
  0x2022,
  0x2013,
  0x2014,
  0x02dc,
  0x2122,
  0x0161,
  0x203a,
  0x0153,
  null,
  0x017e,
  0x0178,
];

/** Decodes Windows-1252 bytes, or returns null when a byte is undefined in that code page. */
export function decodeWindows1252(bytes: Uint8Array): string | null {
  const chars: string[] = new Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    if (b >= 0x80 && b <= 0x9f) {
      const cp = HIGH_C1[b - 0x80];
      if (cp === null || cp === undefined) return null;
      chars[i] = String.fromCharCode(cp);
    } else {
      // Latin-1 and Windows-1252 agree everywhere outside 0x80-0x9F.
      chars[i] = String.fromCharCode(b);
    }
  }
  return chars.join('');
}
