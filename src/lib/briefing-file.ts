import { extractFrontmatter } from '@astrojs/markdown-remark';
import { parse } from 'yaml';
import { briefingSchema } from '../schemas/briefing';
import { frontmatterControlProblems } from './bidi-controls';
import { fieldPath, type Problem } from './content-error';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The 1-based line of the first byte that is not UTF-8: a lenient decoder marks it with U+FFFD. */
export function firstInvalidLine(bytes: Uint8Array): number {
  const lenient = new TextDecoder('utf-8').decode(bytes);
  return lenient.slice(0, lenient.indexOf('\uFFFD')).split('\n').length;
}

/**
 * Everything that can be said of a briefing file before it is rendered: that it is UTF-8, that
 * its frontmatter is YAML and fits the schema, that it has a body. (What needs the rendered
 * body — selectors, anchors — is checked by `rehypeAnchorAnnotations`.)
 */
/**
 * A briefing's text split into its frontmatter, read as YAML without timestamps (an unquoted
 * 2021-02-30 stays text, for the schema to refuse, where a YAML timestamp would quietly become
 * 2 March), and its body. `raw` is undefined when the file has no frontmatter. Throws on YAML
 * that does not parse.
 */
export function readBriefingText(text: string): { raw: string | undefined; frontmatter: unknown; body: string } {
  const { raw, body } = splitBriefingText(text);
  return { raw, frontmatter: raw === undefined ? {} : parse(raw, { schema: 'core' }), body };
}

/** A briefing's text split into its frontmatter, unread, and its body. `raw` is undefined when the file has no frontmatter. */
export function splitBriefingText(text: string): { raw: string | undefined; body: string } {
  const raw = extractFrontmatter(text);
  return { raw, body: raw === undefined ? text : text.slice(text.indexOf(raw) + raw.length + '---'.length) };
}

export function checkBriefingFile(bytes: Uint8Array): Problem[] {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return [{ field: 'file', message: `is not UTF-8 text (the first bad byte is on line ${firstInvalidLine(bytes)}): save the file as UTF-8, without changing the article's characters` }];
  }

  let read: ReturnType<typeof readBriefingText>;
  try {
    read = readBriefingText(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return [{ field: 'frontmatter', message: `is not valid YAML (${reason}): check the indentation, and quote values that contain a colon` }];
  }
  const { raw, frontmatter, body } = read;

  const problems: Problem[] = [];
  if (raw === undefined) {
    problems.push({ field: 'frontmatter', message: 'is missing: start the file with the analysis between two lines of ---' });
  }
  if (body.trim() === '') {
    problems.push({ field: 'body', message: "is empty: put the article's paragraphs after the frontmatter, verbatim" });
  }
  problems.push(...frontmatterControlProblems(frontmatter));
  const parsed = briefingSchema.safeParse(frontmatter ?? {});
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.push({ field: fieldPath(issue.path), message: issue.message });
  }
  return problems;
}
