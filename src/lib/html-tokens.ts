/**
 * A built page read as the tags and text it is made of, with parse5's tokenizer alone: no tree is
 * built. The build's passes over every page (the characters the font keeps, the text the search
 * index gets) need no more, and building a tree for each of thousands of pages was most of their
 * time.
 *
 * After a start tag whose content is text, not markup (a script, a style, a title…), the tokenizer
 * is put in the state parse5's tree builder would put it in, so that a `<` in a script is not read
 * as a tag. Character references come decoded.
 */
import { Tokenizer, TokenizerMode, type Token } from 'parse5';

/** Elements whose content is read as text, not markup, in the tokenizer state parse5's tree builder puts it in. */
const TEXT_CONTENT: Record<string, (typeof TokenizerMode)[keyof typeof TokenizerMode]> = {
  script: TokenizerMode.SCRIPT_DATA,
  style: TokenizerMode.RAWTEXT,
  xmp: TokenizerMode.RAWTEXT,
  iframe: TokenizerMode.RAWTEXT,
  noembed: TokenizerMode.RAWTEXT,
  noframes: TokenizerMode.RAWTEXT,
  textarea: TokenizerMode.RCDATA,
  title: TokenizerMode.RCDATA,
  plaintext: TokenizerMode.PLAINTEXT,
};

/** Elements that have no end tag and no content. */
export const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

export interface TokenHandlers {
  startTag?(tag: Token.TagToken): void;
  endTag?(tagName: string): void;
  /** A run of text, decoded; one text node may come in several runs. Comments and doctypes are not text. */
  text?(chars: string): void;
}

export function tokenize(html: string, { startTag, endTag, text }: TokenHandlers): void {
  const onText = ({ chars }: { chars: string }): void => text?.(chars);
  const tokenizer: Tokenizer = new Tokenizer(
    {},
    {
      onStartTag(tag) {
        startTag?.(tag);
        const state = TEXT_CONTENT[tag.tagName];
        if (state !== undefined && !tag.selfClosing) tokenizer.state = state;
      },
      onEndTag({ tagName }) {
        endTag?.(tagName);
      },
      onCharacter: onText,
      onWhitespaceCharacter: onText,
      onNullCharacter() {},
      onComment() {},
      onDoctype() {},
      onEof() {},
    },
  );
  tokenizer.write(html, true);
}
