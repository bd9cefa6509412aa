import { expect, test } from 'vitest';
import { readUnits } from '../../src/lib/units';

const unit = { id: 'tonnes', singular: 'طن', dual: 'طنان', plural: 'أطنان', nouns: ['طن', 'أطنان'] };

test('a well-formed file is read as it is', () => {
  expect(readUnits({ units: [unit] })).toEqual([unit]);
});

test.each([
  [{ units: {} }, 'content/units.json: "units" is not a list: write'],
  [{ units: [{ ...unit, id: 'Tonnes' }] }, 'content/units.json: units[0] (id "Tonnes").id: is "Tonnes": write a lowercase English id'],
  [{ units: [unit, unit] }, 'content/units.json: units[1] (id "tonnes").id: is defined twice: remove one entry or rename it'],
  [{ units: [{ ...unit, dual: '' }] }, 'content/units.json: units[0] (id "tonnes").dual: is "": write the Arabic dual form'],
  [{ units: [{ ...unit, nouns: [] }] }, 'content/units.json: units[0] (id "tonnes").nouns: is []: write a list of the Arabic words'],
  [{ units: [{ ...unit, plurals: [] }] }, 'content/units.json: units[0] (id "tonnes"): has the unknown field(s) plurals: remove them'],
  [{ units: ['tonnes'] }, 'content/units.json: units[0]: is not a mapping'],
])('a malformed file is refused, naming the entry and the field: %j', (data, message) => {
  expect(() => readUnits(data)).toThrow(message);
});
