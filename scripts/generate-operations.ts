// npm run data:operations -- <path>: writes src/engine/operations/models.json, every operation of every
// API model in Amazon's selling-partner-api-models repository (operationId, method, path, API title and
// version, and the model's own `deprecated` mark), with the commit it was read from; and signals.json,
// the compact index the paste analyzer uses (derived from models.json and facts.ts). After editing
// facts.ts, run it again (or the unit test that compares signals.json fails).
//
// <path> (or $SP_API_MODELS_PATH) is a local copy of that repository: a checkout, or a bare git
// directory. With git history, models that were removed from the repository are kept as "retired",
// with the commit that removed them; from a copy without history (a plain download) the retired models
// already in models.json are kept.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { deriveSignalIndex } from '../src/engine/operations/signals.ts';
import type { ModelsData, ModelEntry, ModelOperation } from '../src/engine/operations/types.ts';

const OUT = 'src/engine/operations/models.json';
const SIGNALS_OUT = 'src/engine/operations/signals.json';
const REPOSITORY = 'https://github.com/amzn/selling-partner-api-models';
const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'] as const;

interface Source {
  /** Files under models/ ending in .json, relative to the repository root. */
  list(): string[];
  read(file: string): string;
  commit(): { commit: string; date: string } | null;
  /** Model files deleted from the repository and absent now, with the deleting commit. */
  retired(): Array<{ file: string; commit: string; date: string; text: string }>;
}

function gitSource(gitArgs: string[]): Source {
  const git = (...args: string[]) => execFileSync('git', [...gitArgs, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const list = () =>
    git('ls-tree', '-r', '--name-only', 'HEAD', '--', 'models')
      .split('\n')
      .filter((f) => f.startsWith('models/') && f.endsWith('.json'));
  return {
    list,
    read: (file) => git('show', `HEAD:${file}`),
    commit: () => {
      const [commit = '', date = ''] = git('log', '-1', '--format=%H %cs', 'HEAD').trim().split(' ');
      return { commit, date };
    },
    retired: () => {
      const current = new Set(list());
      const out: Array<{ file: string; commit: string; date: string; text: string }> = [];
      const seen = new Set<string>();
      let commit = '';
      let date = '';
      for (const line of git('log', '--diff-filter=D', '--name-only', '--format=@%H %cs', 'HEAD', '--', 'models').split('\n')) {
        if (line.startsWith('@')) {
          [commit = '', date = ''] = line.slice(1).split(' ');
        } else if (line.startsWith('models/') && line.endsWith('.json') && !current.has(line) && !seen.has(line)) {
          // The newest deletion comes first in the log; the model as it was just before it.
          seen.add(line);
          out.push({ file: line, commit, date, text: git('show', `${commit}^:${line}`) });
        }
      }
      return out;
    },
  };
}

function folderSource(root: string): Source {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const full = join(dir, name);
      return statSync(full).isDirectory() ? walk(full) : name.endsWith('.json') ? [relative(root, full).split(sep).join('/')] : [];
    });
  return {
    list: () => walk(join(root, 'models')),
    read: (file) => readFileSync(join(root, file), 'utf8'),
    commit: () => null,
    retired: () => [],
  };
}

function openSource(path: string): Source {
  if (existsSync(join(path, '.git'))) return gitSource(['-C', path]);
  if (existsSync(join(path, 'HEAD')) && existsSync(join(path, 'objects'))) return gitSource(['--git-dir', path]);
  if (existsSync(join(path, 'models'))) return folderSource(path);
  throw new Error(`${path} is neither a git directory nor a checkout with a models/ folder`);
}

interface RawModel {
  info?: { title?: unknown; version?: unknown };
  paths?: Record<string, Record<string, { operationId?: unknown; deprecated?: unknown } | undefined> | undefined>;
}

function readModel(file: string, text: string): ModelEntry | null {
  let raw: RawModel;
  try {
    raw = JSON.parse(text) as RawModel;
  } catch {
    console.warn(`skipped ${file}: not JSON`);
    return null;
  }
  const operations: ModelOperation[] = [];
  for (const [path, item] of Object.entries(raw.paths ?? {})) {
    for (const method of METHODS) {
      const op = item?.[method];
      if (!op || typeof op.operationId !== 'string') continue;
      operations.push({ id: op.operationId, method: method.toUpperCase(), path, ...(op.deprecated === true ? { deprecated: true } : {}) });
    }
  }
  if (operations.length === 0) return null;
  const name = file.split('/').pop() ?? file;
  return {
    key: name.replace(/\.json$/, ''),
    file,
    title: String(raw.info?.title ?? '').trim(),
    version: String(raw.info?.version ?? '').trim(),
    operations,
  };
}

function main() {
  const path = process.argv[2] ?? process.env.SP_API_MODELS_PATH;
  if (!path) {
    console.error('Usage: npm run data:operations -- <path to a copy of amzn/selling-partner-api-models> (or set SP_API_MODELS_PATH)');
    process.exit(2);
  }
  const source = openSource(path);
  const models: ModelEntry[] = [];
  for (const file of source.list().sort()) {
    const model = readModel(file, source.read(file));
    if (model) models.push(model);
  }
  for (const r of source.retired()) {
    const model = readModel(r.file, r.text);
    if (model) models.push({ ...model, retired: { commit: r.commit, date: r.date } });
  }
  const keys = new Set<string>();
  for (const m of models) {
    if (keys.has(m.key)) throw new Error(`two models named ${m.key}`);
    keys.add(m.key);
  }
  const commit = source.commit();
  if (!commit) {
    // Without history, keep the retired models the committed file already lists.
    const before = existsSync(OUT) ? (JSON.parse(readFileSync(OUT, 'utf8')) as ModelsData) : null;
    const kept = (before?.models ?? []).filter((m) => m.retired && !keys.has(m.key));
    models.push(...kept);
    console.warn(`No git history: the source commit is unknown; kept ${kept.length} retired models from ${OUT}.`);
  }
  const data: ModelsData = {
    source: { repository: REPOSITORY, commit: commit?.commit ?? 'unknown', date: commit?.date ?? 'unknown' },
    models,
  };
  writeFileSync(OUT, `${JSON.stringify(data, null, 1)}\n`);
  writeFileSync(SIGNALS_OUT, `${JSON.stringify(deriveSignalIndex(data))}\n`);
  const count = models.reduce((n, m) => n + m.operations.length, 0);
  console.log(
    `Wrote ${OUT}: ${models.length} models (${models.filter((m) => m.retired).length} retired), ${count} operations, commit ${data.source.commit}`,
  );
}

main();
