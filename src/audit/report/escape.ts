// Escaping of every text that comes from the input, for HTML (and the SVG inside it, which is
// also well-formed XML) and for GitHub-flavoured Markdown. @internal

// Characters XML 1.0 does not allow (C0 controls but tab, line feed and carriage return; lone
// surrogates; U+FFFE, U+FFFF) and the C1 controls HTML calls errors: shown as U+FFFD.
// eslint-disable-next-line no-control-regex
const NOT_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

// Line breaks too, so that no text of the input breaks a line of the page (and leaves spaces at
// the end of one).
const HTML_ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '\n': '&#10;', '\r': '&#13;' };

/** Any value as text: a string as it is, anything else as `String` gives it (never throws). */
export function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  try {
    return String(value);
  } catch {
    // A value whose toString throws (an object with a hostile prototype) shows as nothing.
    return '';
  }
}

/** Text for HTML and XML, in an element or in a quoted attribute: `& < > " '` and line breaks as character references. */
export function escapeHtml(value: unknown): string {
  return textOf(value)
    .replace(NOT_TEXT, '\uFFFD')
    .replace(/[&<>"'\n\r]/g, (c) => HTML_ENTITIES[c] as string);
}

// The characters that start Markdown's inline constructs (code, emphasis, strikethrough, links and
// images (a \[ opens none, so parentheses need nothing), autolinks and HTML, entities, math), table
// cells (|), headings' closing sequence (#), and those GFM's bare links turn on (http://, a@b.cn);
// each is shown as itself behind a backslash, and so is the dot of www. (the other bare link).
const MARKDOWN_SPECIAL = /[\\`*_~[\]<>#|&$:@]|(?<=\bwww)\./gi;

/**
 * Text for one line of GitHub-flavoured Markdown, in a paragraph, a list item, a heading or a
 * table cell: its special characters behind a backslash, line breaks as spaces (a cell and a list
 * item are one line).
 */
export function escapeMarkdown(value: unknown): string {
  return textOf(value)
    .replace(NOT_TEXT, '\uFFFD')
    .replace(/\r\n|[\r\n\u2028\u2029]/g, ' ')
    .replace(MARKDOWN_SPECIAL, (c) => `\\${c}`);
}
