// XML 1.0 allows only these characters (https://www.w3.org/TR/xml/#charsets); C1 controls are allowed there
// but "discouraged", and feed readers choke on them: dropped too, as are lone surrogates.
const NOT_XML = /[^\t\n\u0020-\u007e\u00a0-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;

/** Escapes text for an XML text node or a quoted attribute; characters XML cannot carry are dropped. */
export function escapeXml(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(NOT_XML, '')
    .replace(/[&<>"']/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[c]};`);
}
