import { describe, expect, test } from 'vitest';
import { UI } from '../../src/consts';
import { newsArticle, quotation, serializeJsonLd } from '../../src/lib/structured-data';
import { briefingSchema } from '../../src/schemas/briefing';
import { frontmatter } from '../helpers/briefing';

const URLS = {
  page: 'https://example.org/briefings/b/',
  image: 'https://example.org/briefings/b/og.png',
  home: 'https://example.org/',
  logo: 'https://example.org/logo.png',
  quotePage: (id: string) => `https://example.org/briefings/b/quotes/${id}/`,
};

function briefingWith(change: (data: Record<string, any>) => void) {
  const data = frontmatter() as Record<string, any>;
  change(data);
  return briefingSchema.parse(data);
}

describe('serializeJsonLd', () => {
  test('no string can close the script or break a line in JavaScript', () => {
    const json = serializeJsonLd({ text: '</script><script>alert(1)</script> & \u2028' });
    expect(json).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(json)).toEqual({ text: '</script><script>alert(1)</script> & \u2028' });
  });
});

describe('newsArticle', () => {
  test('the source article’s inferred date is said in words, never claimed as datePublished', () => {
    const source = newsArticle(
      briefingWith(() => {}),
      URLS,
    ).isBasedOn as Record<string, unknown>;
    expect(source).not.toHaveProperty('datePublished');
    expect(source.description).toBe(
      `تاريخ نشر الخبر (${UI.inferred}): الأحد، 25 يوليو 2021 – الاثنين، 26 يوليو 2021. مستنتج من صيغة المستقبل.`,
    );
  });

  test('a stated date is datePublished, and a named publisher is given', () => {
    const source = newsArticle(
      briefingWith((data) => {
        data.source = {
          publisher: 'الشروق',
          published: { date: '2021-07-25', basis: 'stated', note: 'في رأس المقال.' },
        };
      }),
      URLS,
    ).isBasedOn as Record<string, unknown>;
    expect(source).toMatchObject({
      datePublished: '2021-07-25',
      publisher: { '@type': 'Organization', name: 'الشروق' },
    });
    expect(source).not.toHaveProperty('description');
  });

  test('actors by kind, Wikidata only where given', () => {
    const article = newsArticle(
      briefingWith((data) => {
        data.actors[0].wikidata = 'Q6279';
      }),
      URLS,
    );
    expect(article.mentions).toEqual([
      {
        '@type': 'Person',
        '@id': `${URLS.page}#actors-joe-biden`,
        name: 'جو بايدن',
        alternateName: 'Joe Biden',
        sameAs: 'https://www.wikidata.org/wiki/Q6279',
      },
      {
        '@type': 'NewsMediaOrganization',
        '@id': `${URLS.page}#actors-wsj`,
        name: 'وول ستريت جورنال',
        alternateName: 'The Wall Street Journal',
      },
    ]);
  });
});

describe('quotation: who said it', () => {
  test.each([
    { kind: 'person', fields: ['creator', 'spokenByCharacter'], type: 'Person' },
    { kind: 'group', fields: ['creator'], type: 'Organization' },
    { kind: 'state', fields: ['creator'], type: 'GovernmentOrganization' },
  ])('a $kind speaker is the creator, a $type with the actor’s @id (fields: $fields)', ({ kind, fields, type }) => {
    const briefing = briefingWith((data) => {
      data.actors[0].kind = kind;
    });
    const node = quotation(briefing.quotes[0]!, briefing, URLS);
    expect(node).toMatchObject({
      '@type': 'Quotation',
      text: '«نحن هنا الآن»',
      url: URLS.quotePage('biden-here'),
      creator: { '@type': type, '@id': `${URLS.page}#actors-joe-biden`, name: 'جو بايدن' },
    });
    expect(node).toMatchObject({ isPartOf: { '@id': `${URLS.page}#article`, url: URLS.page } });
    expect(Object.keys(node).filter((key) => key === 'spokenByCharacter' || key === 'creator')).toEqual(fields);
  });
});
