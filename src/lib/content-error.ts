import { relative } from 'node:path';

/** One thing wrong with a briefing, said so that its author can fix it. */
export interface Problem {
  /** Where in the frontmatter, e.g. `quotes[2]` or `figures[0].mentions[1]`. */
  field: string;
  /** The annotation's id, when the problem belongs to one. */
  id?: string;
  /** What is wrong and how to fix it. */
  message: string;
}

/** All the problems of one file, reported together: one line each, no stack trace. */
export class ContentError extends Error {
  constructor(file: string, problems: Problem[]) {
    const where = relative(process.cwd(), file) || file;
    const lines = problems.map(({ field, id, message }) => `  - ${field}${id ? ` (id "${id}")` : ''}: ${message}`);
    super(`${where}: ${problems.length} problem${problems.length === 1 ? '' : 's'} in the annotations\n${lines.join('\n')}`);
    this.name = 'ContentError';
    this.stack = this.message;
  }
}
