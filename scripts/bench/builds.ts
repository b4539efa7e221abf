// Builds for the benchmark: the app (the repo's own `npm run build`, into an output folder of the bench's
// own so a concurrent `npm run build` of dist/ by someone else cannot change files mid-run) and the
// baseline app (Vite's JS API, same Vite and React plugin, no project config).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

/** What the app build reads: if any of it is newer than the build, the build is stale. */
const APP_INPUTS = ['src', 'public', 'index.html', 'vite.config.ts', 'scripts/build.ts', 'scripts/head.ts', 'package.json'];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

export type BuildReason = 'forced (--build)' | 'no build yet' | 'sources changed since the last build' | null;

/** Why the app build in `outDir` must be (re)built, or null when it is current. */
export function appBuildReason(root: string, outDir: string, force: boolean): BuildReason {
  if (force) return 'forced (--build)';
  const marker = join(outDir, 'index.html');
  if (!existsSync(marker)) return 'no build yet';
  const built = statSync(marker).mtimeMs;
  return APP_INPUTS.some((p) => newestMtime(join(root, p)) > built) ? 'sources changed since the last build' : null;
}

/** Runs `npm run build` with OUT_DIR set (scripts/build.ts reads it); throws when the build fails. */
export function buildApp(root: string, outDir: string): void {
  const result = spawnSync('npm', ['run', 'build'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, OUT_DIR: outDir, BASE_PATH: '/' },
  });
  if (result.status !== 0) throw new Error(`npm run build (OUT_DIR=${outDir}) failed with status ${String(result.status)}.`);
}

/** Builds scripts/bench/baseline into `outDir` with the same Vite and React plugin as the app. */
export async function buildBaseline(root: string, outDir: string): Promise<void> {
  await build({
    root: resolve(root, 'scripts/bench/baseline'),
    configFile: false,
    logLevel: 'warn',
    plugins: [react()],
    build: { outDir: resolve(root, outDir), emptyOutDir: true, target: 'es2022', sourcemap: false },
  });
}
