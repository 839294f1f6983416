/**
 * Base-91 text for the generated data modules (the packed gazetteer, language tables and given names): bytes
 * written with the 91 printable ASCII characters that a template literal holds as they are, every character
 * from `!` to `~` but the backtick, the backslash and `$`, so that esbuild prints them into the bundle
 * unescaped, one byte each. Each pair of characters carries 13 bits (91 × 91 = 8,281 ≥ 8,192), low bits first;
 * a last lone character carries at most 6. That is 81.25 % of the bytes' bits, where base64 carries 75 % (and
 * the most any text of 91 characters could carry, 81.3 %). Line feeds between characters are ignored.
 * scripts/pack-text.ts writes it (`encodeBase91`).
 */
export const BASE91_ALPHABET =
  '!"#%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_abcdefghijklmnopqrstuvwxyz{|}~';

const INVALID = 0xffff;

/** Whether a Uint16Array reads two bytes low byte first (x86, ARM as Lambda runs it): how {@link PAIRS} is keyed. */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** Each character code's value in {@link BASE91_ALPHABET}; 255 for a character outside it. */
const VALUES = new Uint8Array(256).fill(255);
for (let i = 0; i < BASE91_ALPHABET.length; i++) VALUES[BASE91_ALPHABET.charCodeAt(i)] = i;

let pairTable: Uint16Array | null = null;

/**
 * The 13 bits of each pair of characters, keyed by the two character codes read as one Uint16, else INVALID.
 * Built on the first decode, not at import: a function that imports the data without unpacking it on a cold
 * start (the web one) does not pay for it.
 */
function pairTableOnce(): Uint16Array {
  if (pairTable !== null) return pairTable;
  const table = new Uint16Array(1 << 16).fill(INVALID);
  for (let low = 0; low < 91; low++) {
    const a = BASE91_ALPHABET.charCodeAt(low);
    for (let high = 0; high < 91; high++) {
      const b = BASE91_ALPHABET.charCodeAt(high);
      const pair = low + high * 91;
      if (pair < 8192) table[LITTLE_ENDIAN ? a | (b << 8) : (a << 8) | b] = pair;
    }
  }
  pairTable = table;
  return table;
}

const encoder = new TextEncoder();

/** Why `text` is not base-91, for the error: its first character outside the alphabet, else a bad pair. */
function refusal(text: string): Error {
  const at = [...text].findIndex((c) => !BASE91_ALPHABET.includes(c));
  return new Error(
    at >= 0
      ? `not base-91: character ${text.codePointAt(at)} at ${at}`
      : 'not base-91: a pair above 13 bits or a last character above 6',
  );
}

/**
 * The bytes a base-91 text encodes (line feeds skipped). Written for its first call, which runs on a cold start
 * before V8 has optimised it (inside the first parse): the characters are copied out natively and read two at a
 * time as one Uint16 through a table of the 8,192 pairs, and every 8 pairs (16 characters) give 13 whole bytes
 * without an inner loop. Cold it still costs milliseconds where Node's native base64 costs a tenth of one
 * (README "Packing").
 * @throws Error for a character outside the alphabet, a pair above 13 bits or a last character above 6 bits:
 * not text the encoder wrote.
 */
export function decodeBase91(text: string): Uint8Array {
  const flat = text.includes('\n') ? text.replaceAll('\n', '') : text;
  const n = flat.length;
  // One byte more, zero, so that an odd length still reads whole Uint16s; a non-ASCII character writes bytes
  // outside the alphabet (or leaves zeros), which no pair and no value holds.
  const chars = new Uint8Array(n + 1);
  encoder.encodeInto(flat, chars);
  const codes = new Uint16Array(chars.buffer, 0, (n + 1) >> 1);
  const PAIRS = pairTableOnce();
  const pairs = n >> 1;
  const out = new Uint8Array(Math.floor((pairs * 13 + (n & 1) * 6) / 8));
  let length = 0;
  let check = 0;
  let i = 0;
  for (; i + 8 <= pairs; i += 8) {
    const p0 = PAIRS[codes[i] as number] as number;
    const p1 = PAIRS[codes[i + 1] as number] as number;
    const p2 = PAIRS[codes[i + 2] as number] as number;
    const p3 = PAIRS[codes[i + 3] as number] as number;
    const p4 = PAIRS[codes[i + 4] as number] as number;
    const p5 = PAIRS[codes[i + 5] as number] as number;
    const p6 = PAIRS[codes[i + 6] as number] as number;
    const p7 = PAIRS[codes[i + 7] as number] as number;
    check |= p0 | p1 | p2 | p3 | p4 | p5 | p6 | p7;
    // 104 bits, low bits first; a Uint8Array keeps the low 8 bits of what is stored.
    out[length] = p0;
    out[length + 1] = (p0 >> 8) | (p1 << 5);
    out[length + 2] = p1 >> 3;
    out[length + 3] = (p1 >> 11) | (p2 << 2);
    out[length + 4] = (p2 >> 6) | (p3 << 7);
    out[length + 5] = p3 >> 1;
    out[length + 6] = (p3 >> 9) | (p4 << 4);
    out[length + 7] = p4 >> 4;
    out[length + 8] = (p4 >> 12) | (p5 << 1);
    out[length + 9] = (p5 >> 7) | (p6 << 6);
    out[length + 10] = p6 >> 2;
    out[length + 11] = (p6 >> 10) | (p7 << 3);
    out[length + 12] = p7 >> 5;
    length += 13;
  }
  let bits = 0;
  let width = 0;
  for (; i < pairs; i++) {
    const pair = PAIRS[codes[i] as number] as number;
    check |= pair;
    bits |= pair << width;
    width += 13;
    while (width >= 8) {
      out[length++] = bits;
      bits >>>= 8;
      width -= 8;
    }
  }
  if ((n & 1) === 1) {
    const last = VALUES[chars[n - 1] as number] as number;
    // Above 6 bits (or not in the alphabet): shifted past 13 bits, so that the check below fails.
    check |= last << 7;
    bits |= last << width;
    if (width + 6 >= 8) out[length] = bits;
  }
  if (check > 8191) throw refusal(flat);
  return out;
}
