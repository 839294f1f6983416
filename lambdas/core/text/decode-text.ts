import { ReleaseParseError } from './release-parse-error';
import { decodeWindows1252 } from './windows-1252';

/** The character encodings the parser recognises. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1251' | 'windows-1252';

/** Text decoded from bytes, with the encoding that was detected. */
export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncoding;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const UTF16LE = new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true });
// windows-1251 decodes correctly on Node 20 (checked, GUIDE); only 1252 needs its own table.
const CP1251 = new TextDecoder('windows-1251');

// Signatures of common binary formats: a release dropped by mistake as a PDF, image or archive.
const MAGIC: readonly (readonly number[])[] = [
  [0x25, 0x50, 0x44, 0x46], // %PDF
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF8
  [0x50, 0x4b, 0x03, 0x04], // ZIP, DOCX, XLSX
  [0x1f, 0x8b], // gzip
  [0xd0, 0xcf, 0x11, 0xe0], // OLE2 (.doc)
  [0x7f, 0x45, 0x4c, 0x46], // ELF
];

function startsWith(bytes: Uint8Array, sig: readonly number[]): boolean {
  return sig.every((b, i) => bytes[i] === b);
}

function swapPairs(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length - (bytes.length % 2));
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    out[i] = bytes[i + 1] as number;
    out[i + 1] = bytes[i] as number;
  }
  return out;
}

function decodeUtf16(bytes: Uint8Array, bigEndian: boolean): string {
  if (bytes.length % 2 !== 0) {
    throw new ReleaseParseError('undecodable', 'The file looks like UTF-16 but has an odd number of bytes.');
  }
  try {
    return UTF16LE.decode(bigEndian ? swapPairs(bytes) : bytes);
  } catch {
    throw new ReleaseParseError('undecodable', 'The file looks like UTF-16 but holds unpaired surrogates.');
  }
}

/**
 * UTF-16 without a BOM. The high byte of each code unit takes very few values in text of one script: 0x00
 * for Latin text, 0x04 for Cyrillic letters with 0x00 for the spaces, digits and punctuation between them
 * (so Cyrillic has zeros in only ~15-20% of its high bytes, not in most). The low bytes vary and are rarely 0.
 */
function sniffUtf16(bytes: Uint8Array): 'le' | 'be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  // UTF-16 of any script has zero bytes (at least the spaces'): most files have none, and end here.
  if (!bytes.subarray(0, n).includes(0)) return null;
  const even = new Uint32Array(256);
  const odd = new Uint32Array(256);
  for (let i = 0; i < n; i += 2) {
    even[bytes[i] as number] = (even[bytes[i] as number] as number) + 1;
    odd[bytes[i + 1] as number] = (odd[bytes[i + 1] as number] as number) + 1;
  }
  const half = n / 2;
  if (looksLikeHighBytes(odd, half) && (even[0] as number) < half * 0.05) return 'le';
  if (looksLikeHighBytes(even, half) && (odd[0] as number) < half * 0.05) return 'be';
  return null;
}

/** Zeros in at least 5% (the spaces), and zero plus one script's block in at least 90% of the positions. */
function looksLikeHighBytes(counts: Uint32Array, total: number): boolean {
  const zeros = counts[0] as number;
  if (zeros < total * 0.05) return false;
  let block = 0;
  for (let b = 1; b < 256; b++) block = Math.max(block, counts[b] as number);
  return zeros + block >= total * 0.9;
}

/**
 * Windows-1251 puts Cyrillic letters in 0xC0-0xFF, so Cyrillic words are runs of high bytes; Windows-1252
 * text has isolated accented letters between ASCII ones.
 */
function looksCyrillic(bytes: Uint8Array): boolean {
  let high = 0;
  let highInRun = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    if (b < 0xc0) continue;
    high++;
    const prev = bytes[i - 1] ?? 0;
    const next = bytes[i + 1] ?? 0;
    if (prev >= 0xc0 || next >= 0xc0) highInRun++;
  }
  return high > 0 && highInRun / high > 0.6;
}

function controlShare(text: string): number {
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0x7f || c === 0xfffd) {
      controls++;
    }
  }
  return text.length === 0 ? 0 : controls / text.length;
}

function checkNotBinary(text: string): void {
  if (text.includes('\u0000') || controlShare(text) > 0.02) {
    throw new ReleaseParseError('binary', 'The file holds binary data (control characters), not text.');
  }
}

/**
 * Decodes release bytes: UTF-8 with or without BOM, UTF-16 with BOM (or plainly UTF-16 without one),
 * otherwise Windows-1251 or Windows-1252 by the shape of the high bytes.
 * @throws ReleaseParseError `binary` or `undecodable`.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (MAGIC.some((sig) => startsWith(bytes, sig))) {
    throw new ReleaseParseError('binary', 'The file is a binary document (PDF, image or archive), not text.');
  }
  let decoded: DecodedText;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    try {
      decoded = { text: UTF8.decode(bytes.subarray(3)), encoding: 'utf-8' };
    } catch {
      throw new ReleaseParseError(
        'undecodable',
        'The file starts with a UTF-8 byte order mark but is not valid UTF-8.',
      );
    }
  } else if (startsWith(bytes, [0xff, 0xfe])) {
    decoded = { text: decodeUtf16(bytes.subarray(2), false), encoding: 'utf-16le' };
  } else if (startsWith(bytes, [0xfe, 0xff])) {
    decoded = { text: decodeUtf16(bytes.subarray(2), true), encoding: 'utf-16be' };
  } else {
    const utf16 = sniffUtf16(bytes);
    if (utf16) {
      decoded = {
        text: decodeUtf16(bytes, utf16 === 'be'),
        encoding: utf16 === 'be' ? 'utf-16be' : 'utf-16le',
      };
    } else {
      decoded = decodeWithoutBom(bytes);
    }
  }
  checkNotBinary(decoded.text);
  return decoded;
}

function decodeWithoutBom(bytes: Uint8Array): DecodedText {
  if (bytes.includes(0)) {
    throw new ReleaseParseError('binary', 'The file holds NUL bytes: it is binary, not text.');
  }
  try {
    return { text: UTF8.decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not UTF-8: one of the single-byte Windows code pages.
  }
  if (looksCyrillic(bytes)) {
    // 0x98 is the one byte Windows-1251 leaves undefined.
    if (bytes.includes(0x98)) {
      throw new ReleaseParseError(
        'undecodable',
        'The file is neither UTF-8 nor valid Windows-1251/1252 text.',
      );
    }
    return { text: CP1251.decode(bytes), encoding: 'windows-1251' };
  }
  const text = decodeWindows1252(bytes);
  if (text === null) {
    throw new ReleaseParseError(
      'undecodable',
      'The file is not valid UTF-8 and holds bytes undefined in Windows-1252: save it as UTF-8.',
    );
  }
  return { text, encoding: 'windows-1252' };
}
