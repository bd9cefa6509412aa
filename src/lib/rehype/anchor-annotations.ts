import type { Element, ElementContent, Root, RootContent } from 'hast';
import { basename } from 'node:path';
import type { VFile } from 'vfile';
import { briefingSchema } from '../../schemas/briefing';
import { annotationsOf, QUOTE_CONTEXT_LENGTH, type Annotation, type AnchorIndex } from '../annotations';
import type { Problem } from '../content-error';
import { paragraphId } from '../ids';
import { BLOCK_SEPARATOR, crosses, excerpt, resolveSelector, type Span } from '../selectors';
import { directiveFinder, formatDirective } from '../text-fragment';

/** Elements that hold running text; any other element with text in it is a block. */
const PHRASING = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'br', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'i', 'img', 'ins', 'kbd', 'mark', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr']);


interface Block {
  element: Element;
  /** Offset of the block's first character in the body text. */
  start: number;
  end: number;
}

interface Placed {
  annotation: Annotation;
  block: Block;
  /** The span, in offsets of the body text. */
  span: Span;
}

const isPhrasing = (node: RootContent): boolean => node.type === 'text' || (node.type === 'element' && PHRASING.has(node.tagName));

function textLength(node: RootContent): number {
  if (node.type === 'text') return node.value.length;
  if (node.type === 'element') return node.children.reduce((sum, child) => sum + textLength(child), 0);
  return 0;
}

function textOf(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(textOf).join('');
  return '';
}

/**
 * Raw HTML reaches rehype as `raw` nodes, a type that remark-rehype adds to hast (and that hast's
 * own types do not list, hence the widening to string).
 */
function containsRawHtml(node: Root | RootContent): boolean {
  if ((node.type as string) === 'raw') return true;
  return 'children' in node && node.children.some(containsRawHtml);
}

/** Link schemes a body may use: a `javascript:` or `data:` URL would run or smuggle content. */
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto']);

/** The href and src values of the tree whose scheme is not a safe one. */
function unsafeUrls(node: Root | RootContent, found: string[] = []): string[] {
  if (node.type === 'element') {
    for (const key of ['href', 'src']) {
      const value = node.properties[key];
      const scheme = typeof value === 'string' ? /^\s*([a-z][a-z0-9+.-]*):/i.exec(value)?.[1] : undefined;
      if (scheme !== undefined && !SAFE_SCHEMES.has(scheme.toLowerCase())) found.push(String(value));
    }
  }
  if ('children' in node) for (const child of node.children) unsafeUrls(child, found);
  return found;
}

/** The blocks of the tree in document order: elements whose children are running text. */
function blocksOf(parent: Root | Element, blocks: Element[] = []): Element[] {
  for (const child of parent.children) {
    if (child.type !== 'element' || isPhrasing(child)) continue;
    if (child.children.some(isPhrasing)) blocks.push(child);
    else blocksOf(child, blocks);
  }
  return blocks;
}

/**
 * Where each element starts in the text of the whole tree, counted as a browser's `textContent`
 * counts the rendered body: every text node, the line breaks between blocks included (one "\n"
 * between paragraphs, where the selectors' text has BLOCK_SEPARATOR).
 */
function textOffsets(tree: Root): { offsets: Map<Element, number>; text: string } {
  const offsets = new Map<Element, number>();
  let text = '';
  const walk = (node: Root | RootContent): void => {
    if (node.type === 'text') text += node.value;
    if (node.type === 'element') offsets.set(node, text.length);
    if ('children' in node) node.children.forEach(walk);
  };
  walk(tree);
  return { offsets, text };
}

/** Splits `children` so that a child boundary falls at text offset `at`. */
function splitAt(children: ElementContent[], at: number): ElementContent[] {
  let offset = 0;
  return children.flatMap((child): ElementContent[] => {
    const length = textLength(child);
    const start = offset;
    offset += length;
    if (at <= start || at >= start + length) return [child];
    if (child.type === 'text') {
      return [
        { type: 'text', value: child.value.slice(0, at - start) },
        { type: 'text', value: child.value.slice(at - start) },
      ];
    }
    if (child.type !== 'element') return [child];
    // An element cut in two (a link or emphasis a span starts or ends inside): both halves keep
    // its tag and attributes, except the id, which stays on the first half alone.
    const halves = splitAt(child.children, at - start);
    let left = 0;
    for (let sum = 0; sum < at - start; left++) sum += textLength(halves[left] as ElementContent);
    const { id: _id, ...rest } = child.properties;
    return [
      { ...child, children: halves.slice(0, left) },
      { ...child, properties: rest, children: halves.slice(left) },
    ];
  });
}

/**
 * Wraps the text offsets [start, end) of `parent` in `wrapper` (the text going into `holder`,
 * the wrapper itself or an element inside it), descending to the deepest element
 * that holds the whole range, so that spans already wrapped nest instead of being cut:
 *
 *   <p>a <q>b <strong>c</strong></q></p>  + wrap "c" → <p>a <q>b <strong><data>c</data></strong></q></p>
 */
function wrapRange(parent: Element, start: number, end: number, wrapper: Element, holder = wrapper): void {
  let offset = 0;
  for (const child of parent.children) {
    const length = textLength(child);
    if (child.type === 'element' && offset <= start && end <= offset + length) {
      wrapRange(child, start - offset, end - offset, wrapper, holder);
      return;
    }
    offset += length;
  }
  const children = splitAt(splitAt(parent.children, end), start);
  const inside: ElementContent[] = [];
  const kept: ElementContent[] = [];
  offset = 0;
  for (const child of children) {
    const length = textLength(child);
    if (offset >= start && offset + length <= end && (length > 0 || (offset > start && offset < end))) {
      if (inside.length === 0) kept.push(wrapper);
      inside.push(child);
    } else {
      kept.push(child);
    }
    offset += length;
  }
  holder.children = inside;
  parent.children = kept;
}


export interface AnchorOptions {
  /**
   * The public anchors already published, by briefing slug (`content/anchors.json`): each must
   * still be on the page, as an annotation's anchor or as an alias of one.
   */
  published?: Record<string, string[]>;
}

/**
 * Anchors a briefing's analysis in its body: every selector of the frontmatter is resolved
 * against the rendered text and wrapped, without changing one character of it, in the element
 * that says what it is — `<q>` for quotes, `<time datetime>` for dates, `<data value>` for
 * figures, `<span data-actor>` for actors — with a stable fragment id. Paragraphs get `p-<n>`.
 *
 * A date mention is also a link to its timeline entry (`#event-<id>`). An annotation's `aliases`
 * (ids it was published under before a rename) become empty anchors at its start, so old links
 * keep landing on it.
 *
 * What only the rendered body can tell — each anchor's paragraph, each quote's URL text
 * directive — is handed on as `anchors` in `remarkPluginFrontmatter` (an `AnchorIndex`).
 *
 * A selector that matches nothing or several places, that crosses a paragraph or another
 * annotation, a quote no text directive can single out, a published anchor that is gone, raw
 * HTML or an unsafe link in the body: each is a `Problem`, and a body with problems is left
 * unannotated and handed on with `problems` in `remarkPluginFrontmatter`, all of them, for the
 * loader to stop the build with (`briefingsLoader`). Throwing here instead would have the
 * Markdown renderer and the glob loader each print the error again, with a stack trace.
 */
export function rehypeAnchorAnnotations({ published = {} }: AnchorOptions = {}) {
  return function transform(tree: Root, file: VFile): void {
    const frontmatter = (file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro?.frontmatter;
    if (!frontmatter) throw new Error(`${file.path}: rehypeAnchorAnnotations runs inside Astro, which hands it the frontmatter as file.data.astro`);
    const briefing = briefingSchema.parse(frontmatter);
    const problems: Problem[] = [];

    if (containsRawHtml(tree)) {
      problems.push({ field: 'body', message: 'contains raw HTML: a briefing body is the article as text; mark it up with Markdown only' });
    }

    for (const url of unsafeUrls(tree)) {
      problems.push({ field: 'body', message: `links to "${url}": a body may only link with http:, https: or mailto: addresses; remove the link or fix its address` });
    }

    const blocks: Block[] = [];
    let text = '';
    for (const element of blocksOf(tree)) {
      if (blocks.length > 0) text += BLOCK_SEPARATOR;
      const start = text.length;
      text += textOf(element);
      blocks.push({ element, start, end: text.length });
    }
    // One finder for every quote's text directive: it reads the blocks once.
    const directiveOf = directiveFinder(blocks.map(({ start, end }) => text.slice(start, end)));

    const annotations = annotationsOf(briefing);
    const placed: Placed[] = [];
    for (const annotation of annotations) {
      const resolution = resolveSelector(text, annotation.selector);
      const { field, id } = annotation;
      if ('problem' in resolution) {
        problems.push({ field, id, message: resolution.problem });
        continue;
      }
      const { span } = resolution;
      const block = blocks.find((candidate) => candidate.start <= span.start && span.end <= candidate.end);
      if (block) placed.push({ annotation, block, span });
      else problems.push({ field, id, message: `${excerpt(text, span)} runs from one paragraph into the next: narrow it so that it lies within one paragraph` });
    }

    for (const [index, a] of placed.entries()) {
      for (const b of placed.slice(index + 1)) {
        if (!crosses(a.span, b.span)) continue;
        problems.push({
          field: a.annotation.field,
          id: a.annotation.id,
          message: `${excerpt(text, a.span)} crosses ${b.annotation.field} ("${b.annotation.id}", ${excerpt(text, b.span)}): spans may nest but not overlap; widen or narrow one so that one holds the other`,
        });
      }
    }

    const paragraphs = blocks.filter(({ element }) => element.tagName === 'p');
    const anchors: AnchorIndex = {};
    const body = textOffsets(tree);
    for (const { annotation, block, span } of placed) {
      const anchor = String(annotation.properties.id);
      const start = (body.offsets.get(block.element) ?? 0) + span.start - block.start;
      const end = start + span.end - span.start;
      anchors[anchor] = {
        paragraph: paragraphs.indexOf(block) + 1,
        position: {
          start,
          end,
          prefix: body.text.slice(Math.max(0, start - QUOTE_CONTEXT_LENGTH), start),
          exact: body.text.slice(start, end),
          suffix: body.text.slice(end, end + QUOTE_CONTEXT_LENGTH),
        },
      };
      if (annotation.kind !== 'quote') continue;
      anchors[anchor].context = { before: text.slice(block.start, span.start), quote: text.slice(span.start, span.end), after: text.slice(span.end, block.end) };
      const index = blocks.indexOf(block);
      const directive = directiveOf(index, { start: span.start - block.start, end: span.end - block.start });
      if (directive) anchors[anchor].textDirective = formatDirective(directive);
      else problems.push({ field: annotation.field, id: annotation.id, message: 'no URL text fragment (#:~:text=) lands on this quote alone, even with six words of context: widen the span to whole words' });
    }

    // An anchor whose selector failed is reported above already; this catches ids that are gone.
    const declared = new Set([...paragraphs.map((_, index) => paragraphId(index)), ...annotations.flatMap((annotation) => [String(annotation.properties.id), ...annotation.aliases])]);
    for (const anchor of published[basename(file.path, '.md')] ?? []) {
      if (declared.has(anchor)) continue;
      problems.push({
        field: 'anchors',
        message: `#${anchor} was published (content/anchors.json) and is gone: people link to it. Keep the id, or list the old id under \`aliases\` of the annotation that replaced it`,
      });
    }

    if (problems.length > 0) {
      handOn(frontmatter, 'problems', problems);
      return;
    }

    // Outer spans first, so that inner ones find their wrapper and nest inside it.
    placed.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
    for (const { annotation, block, span } of placed) {
      const element: Element = { type: 'element', tagName: annotation.tagName, properties: { ...annotation.properties }, children: [] };
      const wrapper: Element = annotation.href ? { type: 'element', tagName: 'a', properties: { href: annotation.href, className: ['annotation-link'] }, children: [element] } : element;
      wrapRange(block.element, span.start - block.start, span.end - block.start, wrapper, element);
      const aliases = annotation.aliases.map((id): Element => ({ type: 'element', tagName: 'span', properties: { id }, children: [] }));
      element.children.unshift(...aliases);
    }

    paragraphs.forEach(({ element }, index) => {
      element.properties.id ??= paragraphId(index);
    });
    handOn(frontmatter, 'anchors', anchors);
  };
}

/**
 * What the plugin leaves in the frontmatter Astro keeps with the rendered body: only what it hands
 * on. The analysis itself is the entry's `data`, read and checked by the loader: kept here too, a
 * site's content store would hold every briefing's analysis twice, in memory at every build.
 */
function handOn(frontmatter: Record<string, unknown>, key: 'anchors' | 'problems', value: unknown): void {
  for (const name of Object.keys(frontmatter)) delete frontmatter[name];
  frontmatter[key] = value;
}
