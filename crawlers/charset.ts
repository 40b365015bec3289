// Turns a page's bytes into text with the right charset: the one the Content-Type header
// declares, else a <meta> tag's, else one detected from the bytes (jschardet), so a legacy
// windows-1252 page that declares nothing still reads "Äänekoski", not "��nekoski".
// Usage: const html = decodeHtml(bytes, response.headers.get("content-type") ?? "");

import jschardet from "jschardet";

/**
 * What an undeclared page can be on Finnish, Swedish and English sites. Unrestricted, the
 * detector takes Finnish text for Hungarian (ISO-8859-2), since Finnish ä and ö are common
 * there too; ISO-8859-1 is read as its superset windows-1252, as browsers do.
 */
const CANDIDATES = ["UTF-8", "windows-1252", "UTF-16LE", "UTF-16BE"];
const LEGACY_FALLBACK = "windows-1252";

function declaredCharset(bytes: Uint8Array, contentType: string): string[] {
  const fromHeader = /charset=["']?([\w-]+)/i.exec(contentType)?.[1];
  const head = Buffer.from(bytes.subarray(0, 2048)).toString("latin1");
  const fromMeta = /<meta[^>]+charset=["']?([\w-]+)/i.exec(head)?.[1];
  return [fromHeader, fromMeta].filter((label): label is string => Boolean(label));
}

function decodeAs(label: string, bytes: Uint8Array, fatal = false): string | undefined {
  try {
    return new TextDecoder(label, { fatal }).decode(bytes);
  } catch {
    // An unknown label, or bytes that are not valid in it.
    return undefined;
  }
}

/** The charset of undeclared bytes: valid UTF-8 is UTF-8; otherwise the detector decides. */
function detectCharset(bytes: Uint8Array): string {
  if (decodeAs("utf-8", bytes, true) !== undefined) return "utf-8";
  const { encoding } = jschardet.detect(Buffer.from(bytes), { detectEncodings: CANDIDATES });
  // Not valid UTF-8, so a UTF-8 guess cannot be right; nothing detected means legacy Western.
  return encoding && encoding.toUpperCase() !== "UTF-8" ? encoding : LEGACY_FALLBACK;
}

/** Decodes with the declared charset (header, then <meta>), else the detected one. */
export function decodeHtml(bytes: Uint8Array, contentType: string): string {
  for (const label of declaredCharset(bytes, contentType)) {
    const text = decodeAs(label, bytes);
    if (text !== undefined) return text;
  }
  return decodeAs(detectCharset(bytes), bytes) ?? new TextDecoder("utf-8").decode(bytes);
}
