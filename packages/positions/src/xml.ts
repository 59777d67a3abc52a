// XML 1.0 cannot carry C0 controls (other than tab, LF, CR), U+FFFE/U+FFFF or unpaired
// surrogates, even escaped; they are replaced with U+FFFD so the document stays well-formed.
const INVALID_XML_CHARS =
  // eslint-disable-next-line no-control-regex -- matching control characters is the purpose here
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  // Escaped so attribute-value normalisation does not turn them into spaces, and CR survives parsing.
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/** Escapes text for an XML attribute value or element content; non-ASCII (e.g. Arabic) is kept as is. */
export function escapeXml(text: string): string {
  return text.replace(INVALID_XML_CHARS, '\uFFFD').replace(/[&<>"'\t\n\r]/g, (ch) => ESCAPES[ch]!);
}
