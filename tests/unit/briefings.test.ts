import { describe, expect, test } from 'vitest';
import { actorById, newestFirst, quotesOf } from '../../src/lib/briefings';
import { briefingSchema } from '../../src/schemas/briefing';
import { frontmatter } from '../helpers/briefing';

const briefing = briefingSchema.parse(frontmatter());

describe('briefings', () => {
  test('newestFirst orders by the day each went up, and leaves the input alone', () => {
    const input = [
      { id: 'a', data: { published: new Date('2026-01-01') } },
      { id: 'c', data: { published: new Date('2026-12-01') } },
      { id: 'b', data: { published: new Date('2026-06-01') } },
    ];
    expect(newestFirst(input).map(({ id }) => id)).toEqual(['c', 'b', 'a']);
    expect(input.map(({ id }) => id)).toEqual(['a', 'c', 'b']);
  });

  test('quotesOf gives each quote with its speaker and its briefing', () => {
    const entries = [{ id: 'x', data: briefing }];
    expect(
      quotesOf(entries).map(({ briefing: entry, quote, speaker }) => [
        entry.id,
        quote.id,
        speaker.name.ar,
      ]),
    ).toEqual([['x', 'biden-here', 'جو بايدن']]);
  });

  test('actorById names the missing id', () => {
    expect(actorById(briefing.actors, 'wsj').name.en).toBe('The Wall Street Journal');
    expect(() => actorById(briefing.actors, 'nobody')).toThrow(
      '"nobody" is not an actor of this briefing',
    );
  });
});
