/**
 * A feed carries a page's HTML away from the page: there `#event-x` or `/briefings/…` would resolve
 * against the feed reader, not the site. This rewrites every link of an HTML fragment to an
 * absolute URL.
 *
 * It works on the markup as text, tag by tag, so the HTML comes back byte for byte except the
 * rewritten values: text is never touched (a `href="…"` written in the article stays as it is),
 * and attribute values are decoded before resolving and encoded again after.
 */

/** The attributes that hold a URL in the HTML the Markdown pipeline produces. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'cite', 'poster']);

/** A start tag: its name, then attributes with double-, single- or unquoted values. */
const START_TAG =
  /<[a-zA-Z][^\s/>]*(?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*\s*\/?>/g;
const ATTRIBUTE = /(\s)([^\s"'>/=]+)(\s*=\s*)("[^"]*"|'[^']*'|[^\s"'=<>`]+)/g;

/** A URL with a scheme (`https:`, `mailto:`) is already absolute and is left exactly as written. */
const HAS_SCHEME = /^[a-zA-Z][a-zA-Z0-9+.-]*:/;

const NAMED: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' };

function decode(value: string): string {
  return value.replace(
    /&(?:#x([0-9a-f]+)|#(\d+)|(amp|quot|apos|lt|gt));/gi,
    (entity, hex?: string, decimal?: string, name?: string) => {
      if (hex !== undefined) return String.fromCodePoint(Number.parseInt(hex, 16));
      if (decimal !== undefined) return String.fromCodePoint(Number.parseInt(decimal, 10));
      return NAMED[(name ?? '').toLowerCase()] ?? entity;
    },
  );
}

function encode(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

/** `html` with every link (`href`, `src`, `cite`, `poster`) resolved against `pageUrl`, an absolute URL. */
export function absoluteLinks(html: string, pageUrl: string): string {
  const base = new URL(pageUrl);
  return html.replace(START_TAG, (tag) =>
    tag.replace(
      ATTRIBUTE,
      (attribute, space: string, name: string, equals: string, quoted: string) => {
        if (!URL_ATTRIBUTES.has(name.toLowerCase())) return attribute;
        const value = decode(/^["']/.test(quoted) ? quoted.slice(1, -1) : quoted);
        if (HAS_SCHEME.test(value.trim())) return attribute;
        return `${space}${name}${equals}"${encode(new URL(value.trim(), base).href)}"`;
      },
    ),
  );
}
