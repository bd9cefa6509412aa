/**
 * What a figure can count: the vocabulary of content/units.json. Units are editorial data, so a
 * new one is a line in that file and never a change here; this module only reads and checks it,
 * once, and stops with the entry and the field at fault when the file is malformed (a unit the
 * build cannot name would otherwise surface as an unreadable figure on a page).
 */
import file from '../../content/units.json';

export interface Unit {
  /** The id a figure's `unit` names. */
  id: string;
  /** The Arabic forms written after a number: one, two, three to ten (and the label). */
  singular: string;
  dual: string;
  plural: string;
  /** The words that signal the unit in an article, in any spelling. */
  nouns: string[];
}

export const UNITS_FILE = 'content/units.json';

/** How to add a unit, for every message that refuses one. */
export const ADD_UNIT = `add it to ${UNITS_FILE} (an entry with id, singular, dual, plural and nouns), no code to change`;

const ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/u;

/** Checks the parsed file; throws naming every malformed entry and field. */
export function readUnits(data: unknown): Unit[] {
  const problems: string[] = [];
  const units = (data as { units?: unknown } | null)?.units;
  if (!Array.isArray(units)) throw new Error(`${UNITS_FILE}: "units" is not a list: write "units": [ { "id": …, "singular": …, "dual": …, "plural": …, "nouns": [ … ] } ]`);
  const seen = new Set<string>();
  units.forEach((entry: Record<string, unknown>, index) => {
    const where = `${UNITS_FILE}: units[${index}]${typeof entry?.['id'] === 'string' ? ` (id "${entry['id']}")` : ''}`;
    if (typeof entry !== 'object' || entry === null) {
      problems.push(`${where}: is not a mapping: write { "id": …, "singular": …, "dual": …, "plural": …, "nouns": [ … ] }`);
      return;
    }
    const id = entry['id'];
    if (typeof id !== 'string' || !ID.test(id)) problems.push(`${where}.id: is ${JSON.stringify(id)}: write a lowercase English id such as "tonnes"`);
    else if (seen.has(id)) problems.push(`${where}.id: is defined twice: remove one entry or rename it`);
    else seen.add(id);
    for (const form of ['singular', 'dual', 'plural'] as const) {
      if (typeof entry[form] !== 'string' || entry[form] === '') problems.push(`${where}.${form}: is ${JSON.stringify(entry[form])}: write the Arabic ${form} form`);
    }
    const nouns = entry['nouns'];
    if (!Array.isArray(nouns) || nouns.length === 0 || nouns.some((noun) => typeof noun !== 'string' || noun.trim() === '')) {
      problems.push(`${where}.nouns: is ${JSON.stringify(nouns)}: write a list of the Arabic words that signal the unit`);
    }
    const extra = Object.keys(entry).filter((key) => !['id', 'singular', 'dual', 'plural', 'nouns'].includes(key));
    if (extra.length > 0) problems.push(`${where}: has the unknown field(s) ${extra.join(', ')}: remove them or fix their spelling (the fields are id, singular, dual, plural, nouns)`);
  });
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return units as Unit[];
}

/** The units, in the file's order. */
export const UNITS: readonly Unit[] = readUnits(file);

/** Every unit id, for messages that list the known units. */
export const UNIT_IDS: readonly string[] = UNITS.map((unit) => unit.id);

/** The unit of an id. */
export const unitById = (id: string): Unit | undefined => UNITS.find((unit) => unit.id === id);
