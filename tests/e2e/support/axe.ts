import { AxeBuilder } from '@axe-core/playwright';
import axe, { type AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';

/** WCAG 2.0, 2.1 and 2.2 A and AA, plus axe's best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * axe-core's icon-ligature heuristic takes most Arabic words for icon ligatures and then skips
 * their colour contrast (see /work/shared/TOOLING.md). Re-registering the rule's `matches` makes
 * it look at every element with a visible, non-empty text node. Appended to axe's own source, so
 * it runs in every frame axe is injected into, right after axe defines itself.
 */
const ARABIC_CONTRAST_FIX = `
;axe.configure({
  rules: [{
    id: 'color-contrast',
    matches: function (node, vNode) {
      return vNode.children.some(function (child) {
        return child.props.nodeName === '#text' && child.actualNode.nodeValue.trim() !== '';
      }) && axe.commons.dom.isVisibleOnScreen(node);
    },
  }],
});`;

/**
 * An axe run over the page, with the Arabic contrast fix unless `arabicContrastFix` is false.
 * Legacy mode runs axe in the page itself instead of finishing in an extra blank page: a third
 * faster, and the site has no cross-origin frames, which is all that legacy mode leaves out.
 */
export function analyze(page: Page, { arabicContrastFix = true } = {}): Promise<AxeResults> {
  const axeSource = arabicContrastFix ? `${axe.source}${ARABIC_CONTRAST_FIX}` : axe.source;
  return new AxeBuilder({ page, axeSource }).withTags(AXE_TAGS).setLegacyMode(true).analyze();
}

/** Violations, one rule a paragraph, each failing node with its target and axe's summary. */
export function describeViolations(results: AxeResults): string {
  return results.violations
    .map((violation) => {
      const nodes = violation.nodes.map((node) => `    ${node.target.join(' ')}\n      ${(node.failureSummary ?? '').replace(/\n/g, '\n      ')}`);
      return `${violation.id} (${violation.impact ?? 'no impact'}): ${violation.help}\n${nodes.join('\n')}`;
    })
    .join('\n');
}
