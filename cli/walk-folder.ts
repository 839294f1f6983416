import { readdirSync } from 'node:fs';
import path from 'node:path';

/**
 * Every file under a folder, recursively, in a stable order (by name at each level); hidden files and
 * folders (`.git`, `.DS_Store`) are skipped. `upload` and `parse` read folders the same way through this.
 */
export function walkFolder(dir: string): string[] {
  const files: string[] = [];
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...walkFolder(full));
    else if (entry.isFile()) files.push(full);
  }
  return files;
}
