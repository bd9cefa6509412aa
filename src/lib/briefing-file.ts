import { parseFrontmatter } from '@astrojs/markdown-remark';
import { briefingSchema } from '../schemas/briefing';
import { fieldPath, type Problem } from './content-error';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The 1-based line of a byte offset, counting the newlines before it. */
const lineAt = (bytes: Uint8Array, offset: number): number => bytes.subarray(0, offset).filter((byte) => byte === 0x0a).length + 1;

/** The first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidByte(bytes: Uint8Array): number {
  for (let at = 0; at < bytes.length; at++) {
    try {
      utf8.decode(bytes.subarray(0, at + 1), { stream: true });
    } catch {
      return at;
    }
  }
  return bytes.length;
}

/**
 * Everything that can be said of a briefing file before it is rendered: that it is UTF-8, that
 * its frontmatter is YAML and fits the schema, that it has a body. (What needs the rendered
 * body — selectors, anchors — is checked by `rehypeAnchorAnnotations`.)
 */
export function checkBriefingFile(bytes: Uint8Array): Problem[] {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    const line = lineAt(bytes, firstInvalidByte(bytes));
    return [{ field: 'file', message: `is not UTF-8 text (the first bad byte is on line ${line}): save the file as UTF-8, without changing the article's characters` }];
  }

  let frontmatter: unknown;
  let body: string;
  try {
    ({ frontmatter, content: body } = parseFrontmatter(text));
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return [{ field: 'frontmatter', message: `is not valid YAML (${reason}): check the indentation, and quote values that contain a colon` }];
  }

  const problems: Problem[] = [];
  if (!/^\uFEFF?---\r?\n/.test(text)) {
    problems.push({ field: 'frontmatter', message: 'is missing: start the file with the analysis between two lines of ---' });
  }
  if (body.trim() === '') {
    problems.push({ field: 'body', message: "is empty: put the article's paragraphs after the frontmatter, verbatim" });
  }
  const parsed = briefingSchema.safeParse(frontmatter);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.push({ field: fieldPath(issue.path), message: issue.message });
  }
  return problems;
}
