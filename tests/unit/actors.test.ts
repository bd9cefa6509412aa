import { describe, expect, test } from 'vitest';
import { byName, IDENTITY_FIELDS, mergeActors, quoteCount } from '../../src/lib/actors';
import { ContentError } from '../../src/lib/content-error';
import { briefingSchema } from '../../src/schemas/briefing';
import { frontmatter } from '../helpers/briefing';

type Frontmatter = ReturnType<typeof frontmatter>;

/** A briefing entry as getCollection gives it, from the test frontmatter changed by `change`. */
function entry(slug: string, published: string, change: (data: Frontmatter) => void = () => {}) {
  const data = frontmatter();
  data['published'] = new Date(published);
  change(data);
  return { id: slug, filePath: `content/briefings/${slug}.md`, data: briefingSchema.parse(data) };
}

/** Sets a field of the first actor (joe-biden): `role`, `kind`, `wikidata`, `name.ar` or `name.en`. */
function setBiden(field: string, value: string) {
  return (data: Frontmatter) => {
    const [biden] = data['actors'] as { name: Record<string, string>; [field: string]: unknown }[];
    if (!biden) throw new Error('the test frontmatter has no actor');
    if (field.startsWith('name.')) biden.name = { ...biden.name, [field.slice('name.'.length)]: value };
    else biden[field] = value;
  };
}

const older = entry('older', '2026-01-01', setBiden('role', 'المرشح'));
const newer = entry('newer', '2026-06-01', setBiden('role', 'الرئيس'));

describe('mergeActors', () => {
  test('one actor per id, with each briefing it appears in, newest first, whatever the input order', () => {
    for (const input of [[older, newer], [newer, older]]) {
      const actors = mergeActors(input);
      expect(actors.map(({ id }) => id)).toEqual(['joe-biden', 'wsj']);
      const [biden] = actors;
      expect(biden?.name).toEqual({ ar: 'جو بايدن', en: 'Joe Biden' });
      expect(biden?.appearances.map(({ briefing }) => briefing.id)).toEqual(['newer', 'older']);
    }
  });

  test('role may differ: each appearance keeps the role at the time of its article, and its own mentions and quotes', () => {
    const [biden, wsj] = mergeActors([older, newer]);
    expect(biden?.appearances.map(({ actor }) => actor.role)).toEqual(['الرئيس', 'المرشح']);
    expect(biden?.appearances.map(({ quotes }) => quotes.map(({ id }) => id))).toEqual([['biden-here'], ['biden-here']]);
    expect(wsj?.appearances.map(({ quotes }) => quotes)).toEqual([[], []]);
    expect(biden && quoteCount(biden)).toBe(2);
    expect(wsj && quoteCount(wsj)).toBe(0);
  });

  test('an actor in one briefing only is merged with nothing', () => {
    const other = entry('other', '2026-03-01', (data) => {
      (data['actors'] as Record<string, unknown>[]).push({ id: 'iraq', name: { ar: 'العراق', en: 'Iraq' }, kind: 'state', mentions: [{ exact: 'واشنطن' }] });
    });
    const actors = mergeActors([older, other]);
    expect(actors.find(({ id }) => id === 'iraq')?.appearances.map(({ briefing }) => briefing.id)).toEqual(['other']);
  });

  test.each([
    { field: 'name.ar', value: 'جوزيف بايدن', here: '"جوزيف بايدن"', there: '"جو بايدن"' },
    { field: 'name.en', value: 'Joseph R. Biden', here: '"Joseph R. Biden"', there: '"Joe Biden"' },
    { field: 'kind', value: 'organization', here: '"organization"', there: '"person"' },
    { field: 'wikidata', value: 'Q6279', here: '"Q6279"', there: 'not set' },
  ])('a different $field fails, naming both files, the id and the field, and how to fix it', ({ field, value, here, there }) => {
    const odd = entry('odd', '2026-09-01', setBiden(field, value));
    let error: unknown;
    try {
      mergeActors([older, odd, newer]);
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(ContentError);
    const message = (error as Error).message;
    // The newest briefing redefined the actor: it is the one reported, against the first definition.
    expect(message).toBe(
      `content/briefings/odd.md: 1 problem\n` +
        `  - actors[0].${field} (id "joe-biden"): is ${here} here, but ${there} in content/briefings/older.md (actors[0]): ` +
        `an actor id names one actor across the site, so ${IDENTITY_FIELDS.join(', ')} must be the same in every briefing that uses it ` +
        `(only role may differ: it is the role at the time of each article). Make ${field} the same in both files, or give one of the two actors another id`,
    );
    expect((error as Error).stack).toBe('');
  });

  test('every disagreement is reported at once, each file once', () => {
    const a = entry('a', '2026-07-01', (data) => {
      setBiden('name.ar', 'بايدن')(data);
      setBiden('kind', 'group')(data);
    });
    const b = entry('b', '2026-08-01', setBiden('name.en', 'Biden'));
    expect(() => mergeActors([older, a, b])).toThrow(/^content\/briefings\/a\.md: 2 problems\n {2}- actors\[0\]\.name\.ar .*\n {2}- actors\[0\]\.kind .*\ncontent\/briefings\/b\.md: 1 problem\n {2}- actors\[0\]\.name\.en /);
  });
});

describe('byName', () => {
  test('Arabic alphabetical order (the forms of alef are one letter), the input left alone', () => {
    const input = [{ name: { ar: 'وول ستريت جورنال' } }, { name: { ar: 'إيران' } }, { name: { ar: 'جو بايدن' } }, { name: { ar: 'البنتاجون' } }];
    expect(byName(input).map(({ name }) => name.ar)).toEqual(['البنتاجون', 'إيران', 'جو بايدن', 'وول ستريت جورنال']);
    expect(input[0]?.name.ar).toBe('وول ستريت جورنال');
  });
});
