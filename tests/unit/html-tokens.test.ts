import { describe, expect, test } from 'vitest';
import { tokenize } from '../../src/lib/html-tokens';
import { parse5Tokens, siteTokens } from '../helpers/html-tokens';

describe('tokenize reads a page as parse5’s tokenizer does', () => {
  test.each([
    ['text and tags', '<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"></head><body><p>قال <b>بايدن</b> إن</p></body></html>'],
    ['attributes: double, single, bare, empty, valueless, upper case, repeated', `<a HREF="/x?a=1&amp;b=2" title='«نعم»' data-n=3 data-e="" hidden data-n=4>نص</a>`],
    ['a slash that ends a bare value, and self-closing tags', '<a href=/a/>x</a><br/><img src="a.png" alt="صورة" /><svg><path d="M0 0"/></svg>'],
    ['character references in text and attributes', '<p title="&laquo;&#1548;&#x627;">&laquo;نعم&raquo; &amp; &#x0627;&#1548; &notin; &copy 5 &unknown; &</p>'],
    ['a script, with markup and an end tag of another name in it', '<script>if (a < b && c > d) document.write("<p>x</p></scripts>")</script><p>بعد</p>'],
    ['JSON-LD and a style', '<script type="application/ld+json">{"headline":"خبر &amp; رأي"}</script><style>q::before{content:"\\00AB"}</style>'],
    ['a title and a textarea, references decoded', '<title>موجز &amp; تحليل</title><textarea>&lt;b&gt; لا وسم</textarea>'],
    ['comments and a less-than sign that is text', '<!-- تعليق --><p>أ < ب</p><!---->ج'],
    ['end tags with spaces and upper case', '<DIV class="a">نص</DIV ><p>x</p  >'],
    ['line breaks and tabs between attributes', '<span\n\tclass="tag"\n  id="a">س</span>'],
    ['plaintext runs to the end', '<p>a</p><plaintext><b>b</b></plaintext>'],
  ])('%s', (_, html) => {
    expect(siteTokens(html)).toEqual(parse5Tokens(html));
  });
});

test('each tag comes with where it is: the span of the document that is the tag, from its < to its >', () => {
  const html = '<!DOCTYPE html><p class="a">قال <b>بايدن</b></p ><script>if (a < b) x("<i>")</script><br/><!-- <q> -->';
  const tags: string[] = [];
  tokenize(html, {
    startTag: ({ tagName }, [start, end]) => tags.push(`${tagName}:${html.slice(start, end)}`),
    endTag: (tagName, [start, end]) => tags.push(`/${tagName}:${html.slice(start, end)}`),
  });
  expect(tags).toEqual(['p:<p class="a">', 'b:<b>', '/b:</b>', '/p:</p >', 'script:<script>', '/script:</script>', 'br:<br/>']);
});
