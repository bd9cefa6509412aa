import { relative } from 'node:path';

/** One thing wrong with a briefing, said so that its author can fix it. */
export interface Problem {
  /** Where: a frontmatter field such as `quotes[2].speaker`, or `body`, `file`, `anchors`. */
  field: string;
  /** The annotation's id, when the problem belongs to one. */
  id?: string;
  /** What is wrong and how to fix it. */
  message: string;
}

/** A problem's path in the frontmatter, written as an author reads YAML: `quotes[2].speaker`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index > 0 ? '.' : ''}${String(key)}`)).join('') || 'frontmatter';
}

/** The problems of one file as text: a heading naming the file, then one line each. */
export function describeProblems(file: string, problems: Problem[]): string {
  const where = relative(process.cwd(), file) || file;
  const lines = problems.map(({ field, id, message }) => `  - ${field}${id ? ` (id "${id}")` : ''}: ${message}`);
  return `${where}: ${problems.length} problem${problems.length === 1 ? '' : 's'}\n${lines.join('\n')}`;
}

/**
 * Everything wrong with one or more briefings, reported together. It carries no stack trace:
 * the message is all an author needs, and a trace of the build's internals would bury it.
 */
export class ContentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ContentError';
    this.stack = '';
  }
}
