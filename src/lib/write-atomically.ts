import { renameSync, writeFileSync } from 'node:fs';

/**
 * Writes `file` under a temporary name beside it, then renames it into place: whoever reads the
 * file meanwhile (another build, another step of this one) sees it whole, old or new.
 */
export function writeAtomically(file: string, content: string | Uint8Array): void {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, content);
  renameSync(temporary, file);
}
