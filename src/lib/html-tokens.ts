/**
 * A built page read as the tags and text it is made of, in one pass of regular expressions: no
 * tree is built, and no state machine runs character by character. The build's passes over every
 * page (the characters the font keeps, the text the search index gets) need no more, and parse5's
 * tokenizer, exact but about 35 MB/s, was most of their time on a site of thousands of pages.
 *
 * It reads HTML as a browser would where a build's HTML goes (tests/unit/html-tokens.test.ts holds
 * it to parse5's tokenizer): tags with quoted or bare attributes, comments, doctypes, and the
 * elements whose content is text, not markup (a `<` in a script is not a tag). Character
 * references come decoded, by parse5 itself, in the few runs of text or attribute values that
 * have an `&`.
 */
import { Tokenizer } from 'parse5';

/** Elements that have no end tag and no content. */
export const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

/** Elements whose content is text up to their end tag: raw, or with its character references decoded. */
const TEXT_CONTENT = new Map<string, 'raw' | 'decoded'>([
  ['script', 'raw'],
  ['style', 'raw'],
  ['xmp', 'raw'],
  ['iframe', 'raw'],
  ['noembed', 'raw'],
  ['noframes', 'raw'],
  ['textarea', 'decoded'],
  ['title', 'decoded'],
  ['plaintext', 'raw'],
]);

export interface Attribute {
  name: string;
  value: string;
}

export interface Tag {
  tagName: string;
  attrs: Attribute[];
  selfClosing: boolean;
}

/** Where a tag is in the document: the offsets of its `<` and of the character after its `>`. */
export type Span = [start: number, end: number];

export interface TokenHandlers {
  startTag?(tag: Tag, span: Span): void;
  endTag?(tagName: string, span: Span): void;
  /** A run of text, decoded; one text node may come in several runs. Comments and doctypes are not text. */
  text?(chars: string): void;
}

/** A comment, a doctype or processing instruction, an end tag, or a start tag with its attributes. */
const MARKUP = /<!--[\s\S]*?(?:-->|$)|<[!?][^>]*>?|<\/([a-zA-Z][^\t\n\f\r />]*)[^>]*>?|<([a-zA-Z][^\t\n\f\r />]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const ATTRIBUTE = /([^\t\n\f\r />"'=][^\t\n\f\r />=]*)(?:[\t\n\f\r ]*=[\t\n\f\r ]*(?:"([^"]*)"|'([^']*)'|([^\t\n\f\r >]+)))?/g;

/** `text` with its character references decoded, as parse5 decodes them in text. */
function decode(text: string): string {
  if (!text.includes('&')) return text;
  let decoded = '';
  const collect = ({ chars }: { chars: string }): void => void (decoded += chars);
  // Text alone, read by parse5: only `&` and `<` mean anything in it, and the runs given here have no `<`.
  new Tokenizer({}, {
    onCharacter: collect,
    onWhitespaceCharacter: collect,
    onNullCharacter() {},
    onComment() {},
    onDoctype() {},
    onStartTag() {},
    onEndTag() {},
    onEof() {},
  }).write(text, true);
  return decoded;
}

function attributesOf(source: string): Attribute[] {
  const attrs: Attribute[] = [];
  for (const [, name = '', double, single, bare] of source.matchAll(ATTRIBUTE)) {
    const lower = name.toLowerCase();
    // The first of two attributes of one name wins.
    if (!attrs.some((attr) => attr.name === lower)) attrs.push({ name: lower, value: decode(double ?? single ?? bare ?? '') });
  }
  return attrs;
}

export function tokenize(html: string, { startTag, endTag, text }: TokenHandlers): void {
  let at = 0;
  const textUpTo = (end: number): void => {
    if (end > at) text?.(decode(html.slice(at, end)));
  };
  MARKUP.lastIndex = 0;
  for (let match = MARKUP.exec(html); match; match = MARKUP.exec(html)) {
    const [markup, closing, opening, attributes = ''] = match;
    textUpTo(match.index);
    at = match.index + markup.length;
    if (closing !== undefined) endTag?.(closing.toLowerCase(), [match.index, at]);
    if (opening === undefined) continue;
    const tagName = opening.toLowerCase();
    // `/>` closes a tag, but the slash of a bare value (`href=/a/>`) is the value's.
    const selfClosing = /(?:^|[\t\n\f\r "'])\/$/.test(attributes);
    startTag?.({ tagName, attrs: attributesOf(selfClosing ? attributes.slice(0, -1) : attributes), selfClosing }, [match.index, at]);
    const content = TEXT_CONTENT.get(tagName);
    if (content === undefined || selfClosing) continue;
    // The element's text runs to its end tag, or to the end of the document (plaintext has none).
    const end = new RegExp(`</${tagName}(?=[\\t\\n\\f\\r />])`, 'ig');
    end.lastIndex = at;
    const close = (tagName === 'plaintext' ? undefined : end.exec(html)?.index) ?? html.length;
    if (close > at) text?.(content === 'raw' ? html.slice(at, close) : decode(html.slice(at, close)));
    at = close;
    MARKUP.lastIndex = close;
  }
  textUpTo(html.length);
}
