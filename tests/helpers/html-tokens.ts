import { Tokenizer, TokenizerMode } from 'parse5';
import { tokenize } from '../../src/lib/html-tokens';

/** A document's tokens, text runs merged: what the site's tokenizer must agree on with parse5's. */
export type TokenList = (['start', string, string[], boolean] | ['end', string] | ['text', string])[];

function collector() {
  const tokens: TokenList = [];
  return {
    tokens,
    start: (tagName: string, attrs: { name: string; value: string }[], selfClosing: boolean) => tokens.push(['start', tagName, attrs.map(({ name, value }) => `${name}=${value}`), selfClosing]),
    end: (tagName: string) => tokens.push(['end', tagName]),
    text(chars: string) {
      const last = tokens.at(-1);
      if (last?.[0] === 'text') last[1] += chars;
      else tokens.push(['text', chars]);
    },
  };
}

/** The tokens of the site's tokenizer (src/lib/html-tokens.ts). */
export function siteTokens(html: string): TokenList {
  const { tokens, start, end, text } = collector();
  tokenize(html, { startTag: ({ tagName, attrs, selfClosing }) => start(tagName, attrs, selfClosing), endTag: end, text });
  return tokens;
}

/** The states parse5's tree builder puts its tokenizer in after these start tags. */
const TEXT_STATES: Record<string, (typeof TokenizerMode)[keyof typeof TokenizerMode]> = {
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

/** The tokens of parse5's own tokenizer, driven as its tree builder drives it: the reference. */
export function parse5Tokens(html: string): TokenList {
  const { tokens, start, end, text } = collector();
  const onText = ({ chars }: { chars: string }) => text(chars);
  const tokenizer: Tokenizer = new Tokenizer(
    {},
    {
      onStartTag({ tagName, attrs, selfClosing }) {
        start(tagName, attrs, selfClosing);
        const state = TEXT_STATES[tagName];
        if (state !== undefined && !selfClosing) tokenizer.state = state;
      },
      onEndTag: ({ tagName }) => end(tagName),
      onCharacter: onText,
      onWhitespaceCharacter: onText,
      onNullCharacter() {},
      onComment() {},
      onDoctype() {},
      onEof() {},
    },
  );
  tokenizer.write(html, true);
  return tokens;
}
