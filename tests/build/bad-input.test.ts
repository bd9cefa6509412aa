import { afterAll, describe, expect, test } from 'vitest';
import { SLUG } from '../helpers/site';
import { buildVariant, removeVariants } from '../helpers/variant';

afterAll(removeVariants);

describe('a briefing with bad input does not build', () => {
  test('the real briefing, unchanged, builds in a copy (so the failures below are the changes)', () => {
    expect(buildVariant(() => {}).status).toBe(0);
  });

  test('one broken selector: the build fails and names the file, the field and the annotation id', () => {
    let id = '';
    const { status, output } = buildVariant((document) => {
      id = String(document.getIn(['quotes', 0, 'id']));
      document.setIn(['quotes', 0, 'exact'], `${document.getIn(['quotes', 0, 'exact'])} زيادة`);
    });
    expect(status).not.toBe(0);
    expect(output).toContain(`content/briefings/${SLUG}.md: 1 problem\n`);
    expect(output).toContain(`quotes[0] (id "${id}")`);
    expect(output).toContain('is not in the body; the closest text is');
  });

  test('a dangling speaker: the build fails and names the file and the field, without a stack trace', () => {
    const { status, output } = buildVariant((document) => document.setIn(['quotes', 0, 'speaker'], 'nobody'));
    expect(status).not.toBe(0);
    expect(output).toContain(`content/briefings/${SLUG}.md: 1 problem\n  - quotes[0].speaker: names "nobody", which is not an actor id: use one of`);
    expect(output).not.toMatch(/Stack trace|\n\s+at /);
  });
});
