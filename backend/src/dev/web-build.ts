import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const frontendDir = fileURLToPath(new URL('../../../frontend/', import.meta.url));
export const webRoot = join(frontendDir, 'dist');

async function newestMtime(dir: string): Promise<number> {
  let newest = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, (await stat(join(entry.parentPath, entry.name))).mtimeMs);
  }
  return newest;
}

/** Builds the web app when its sources are newer than the last build; true when it built. */
export async function ensureWebBuild(): Promise<boolean> {
  const built = await stat(join(webRoot, 'index.html')).then((s) => s.mtimeMs, () => 0);
  const sources = Math.max(await newestMtime(join(frontendDir, 'src')), await stat(join(frontendDir, 'index.html')).then((s) => s.mtimeMs, () => 0));
  if (built >= sources) return false;
  const { build } = await import('vite');
  await build({ configFile: join(frontendDir, 'vite.config.ts'), logLevel: 'warn' });
  return true;
}
