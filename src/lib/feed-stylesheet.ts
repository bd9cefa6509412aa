import { SITE, UI } from '../consts';
import { directionOf } from './direction';
import { escapeXml } from './xml';

/**
 * An XSLT 1.0 stylesheet that shows either of the site's RSS feeds, opened in a browser, as an
 * Arabic right-to-left page that says what a feed is, instead of a wall of XML. Generated rather
 * than kept in public/ so that its words come from `UI` like every other page's.
 */
export function feedStylesheet(): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:atom="http://www.w3.org/2005/Atom">
  <xsl:output method="html" encoding="UTF-8" indent="yes" doctype-system="about:legacy-compat"/>
  <xsl:template match="/">
    <html lang="${SITE.locale}" dir="${directionOf(SITE.locale)}">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title><xsl:value-of select="rss/channel/title"/></title>
        <style>
          :root { color-scheme: light dark; font-family: 'Noto Naskh Arabic', 'Geeza Pro', 'Amiri', serif; line-height: 1.9; }
          body { margin: 0 auto; max-inline-size: 42rem; padding-block: 2rem; padding-inline: 1rem; }
          .note { border-inline-start: 4px solid #8a3b00; padding-inline-start: 0.75rem; }
          code { overflow-wrap: anywhere; }
          ol { padding-inline-start: 1.25rem; }
          li { margin-block-end: 1.5rem; }
          h2 { font-size: 1.2rem; margin-block-end: 0.25rem; }
          .date { color: GrayText; text-align: end; }
        </style>
      </head>
      <body>
        <main>
          <p class="note">${escapeXml(UI.feedPreviewNote)}</p>
          <p>${escapeXml(UI.feedAddress)} <code dir="ltr"><xsl:value-of select="rss/channel/atom:link[@rel='self']/@href"/></code></p>
          <h1><a href="{rss/channel/link}"><xsl:value-of select="rss/channel/title"/></a></h1>
          <p><xsl:value-of select="rss/channel/description"/></p>
          <ol>
            <xsl:for-each select="rss/channel/item">
              <li>
                <h2><a href="{link}"><xsl:value-of select="title"/></a></h2>
                <p><xsl:value-of select="description"/></p>
                <p class="date" dir="ltr"><xsl:value-of select="pubDate"/></p>
              </li>
            </xsl:for-each>
          </ol>
        </main>
      </body>
    </html>
  </xsl:template>
</xsl:stylesheet>
`;
}
