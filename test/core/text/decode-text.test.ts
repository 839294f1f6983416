import { decodeText } from '../../../lambdas/core/text/decode-text';

const RUSSIAN =
  'Министр иностранных дел Республики Казахстан Мурат Нуртлеу встретился с послом Словении. ' +
  'Стороны обсудили вопросы двустороннего сотрудничества, торговли и инвестиций — «в интересах обеих стран».';

const utf16le = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'utf16le'));
const utf16be = (text: string): Uint8Array => {
  const le = utf16le(text);
  const be = new Uint8Array(le.length);
  for (let i = 0; i < le.length; i += 2) {
    be[i] = le[i + 1] as number;
    be[i + 1] = le[i] as number;
  }
  return be;
};

describe('UTF-16 without a byte order mark', () => {
  test('Russian text, little-endian, is decoded (not taken for binary)', () => {
    expect(decodeText(utf16le(RUSSIAN))).toEqual({ text: RUSSIAN, encoding: 'utf-16le' });
  });

  test('Russian text, big-endian, is decoded', () => {
    expect(decodeText(utf16be(RUSSIAN))).toEqual({ text: RUSSIAN, encoding: 'utf-16be' });
  });

  test('Latin text still is, and mixed Latin and Cyrillic too', () => {
    const mixed = `Kazakhstan and Slovenia. ${RUSSIAN} Ljubljana, 20 November 2025.`;
    expect(decodeText(utf16le('Slovenia and Croatia agree on border crossings.'))).toMatchObject({
      encoding: 'utf-16le',
    });
    expect(decodeText(utf16le(mixed)).text).toBe(mixed);
  });

  test('bytes that only look a little like it stay binary', () => {
    // Zeros in every other byte but wildly varying high bytes: not text of one script.
    const noise = new Uint8Array(400);
    for (let i = 0; i < noise.length; i += 2) {
      noise[i] = 0x41 + (i % 26);
      noise[i + 1] = i % 4 === 0 ? 0 : (i * 37) % 251;
    }
    expect(() => decodeText(noise)).toThrow(expect.objectContaining({ reason: 'binary' }));
  });
});
