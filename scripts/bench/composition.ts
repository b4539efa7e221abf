// What the entry chunk is made of: an in-memory build with source maps, each byte of the minified chunk
// attributed to its source through the map, grouped by npm package or by folder of src/. A group's gzip
// figure is what the chunk's gzip size drops by when that group's code is left out (so: what splitting it
// into an on-demand chunk would save on this page, give or take the glue code).
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { build, type InlineConfig, type Rolldown } from 'vite';
import { gzipSize } from './js-bytes.ts';

export interface Group {
  name: string;
  /** Minified bytes of the group's code in the chunk. */
  bytes: number;
  /** How much smaller the chunk's gzip is without the group's code. */
  gzip: number;
}

export interface Composition {
  file: string;
  bytes: number;
  gzip: number;
  groups: Group[];
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Decodes one source-map segment (base64 VLQ) into its signed fields. */
export function decodeVlq(segment: string): number[] {
  const fields: number[] = [];
  let value = 0;
  let shift = 0;
  for (const ch of segment) {
    const digit = B64.indexOf(ch);
    if (digit < 0) throw new Error(`Not a base64 VLQ digit: ${ch}`);
    value += (digit & 31) * 2 ** shift;
    if (digit & 32) {
      shift += 5;
    } else {
      fields.push(value % 2 === 1 ? -Math.floor(value / 2) : Math.floor(value / 2));
      value = 0;
      shift = 0;
    }
  }
  return fields;
}

export const UNMAPPED = '(unmapped)';

/** The group a source path belongs to: its npm package, or its folder under src/ (two levels). */
export function groupOf(source: string): string {
  const pkg = /.*node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  if (pkg?.[1]) return pkg[1];
  const own = /(?:^|\/)src\/(.+)$/.exec(source);
  if (own?.[1]) {
    const parts = own[1].split('/');
    return `src/${parts.length > 2 ? parts.slice(0, 2).join('/') : parts.length === 2 ? (parts[0] ?? '') : own[1]}`;
  }
  return source.replace(/^(\.\.\/)+/, '').replace(/^\0/, '') || UNMAPPED;
}

export interface Piece {
  group: string;
  text: string;
}

/** Splits the generated code into consecutive pieces, each with the group of its source (source map order). */
export function attribute(code: string, map: { sources: readonly (string | null)[]; mappings: string }): Piece[] {
  const pieces: Piece[] = [];
  const add = (group: string, text: string) => {
    if (text.length === 0) return;
    const last = pieces.at(-1);
    if (last?.group === group) last.text += text;
    else pieces.push({ group, text });
  };
  const lines = code.split('\n');
  const mappingLines = map.mappings.split(';');
  let source = 0;
  lines.forEach((line, i) => {
    const segments = (mappingLines[i] ?? '').split(',').filter(Boolean);
    let column = 0;
    let start = 0;
    let current = UNMAPPED;
    for (const segment of segments) {
      const fields = decodeVlq(segment);
      column += fields[0] ?? 0;
      add(current, line.slice(start, column));
      start = column;
      if (fields.length >= 4) {
        source += fields[1] ?? 0;
        current = groupOf(map.sources[source] ?? UNMAPPED);
      } else {
        current = UNMAPPED;
      }
    }
    add(current, `${line.slice(start)}${i < lines.length - 1 ? '\n' : ''}`);
  });
  return pieces;
}

/** Each group's minified size, and how much the gzip of the whole shrinks without it. */
export function groupsOf(pieces: readonly Piece[]): { gzip: number; groups: Group[] } {
  const gzipOf = (keep: (p: Piece) => boolean) => gzipSize(Buffer.from(pieces.filter(keep).map((p) => p.text).join('')));
  const gzip = gzipOf(() => true);
  const names = [...new Set(pieces.map((p) => p.group))];
  const groups = names
    .map((name) => ({
      name,
      bytes: pieces.filter((p) => p.group === name).reduce((n, p) => n + Buffer.byteLength(p.text), 0),
      gzip: gzip - gzipOf((p) => p.group !== name),
    }))
    .sort((a, b) => b.gzip - a.gzip);
  return { gzip, groups };
}

function compose(chunk: Rolldown.OutputChunk): Composition {
  const code = chunk.code.replace(/\n?\/\/# sourceMappingURL=\S+\s*$/, '');
  const map = chunk.map;
  if (!map) throw new Error(`The analysis build of ${chunk.fileName} has no source map.`);
  const { gzip, groups } = groupsOf(attribute(code, { sources: map.sources, mappings: map.mappings }));
  return { file: chunk.fileName, bytes: Buffer.byteLength(code), gzip, groups };
}

async function entryOf(config: InlineConfig): Promise<Composition> {
  const result = await build({ ...config, logLevel: 'silent', build: { ...config.build, write: false, sourcemap: true } });
  const outputs = Array.isArray(result) ? result : [result];
  for (const output of outputs) {
    if (!('output' in output)) continue;
    const entry = output.output.find((o): o is Rolldown.OutputChunk => o.type === 'chunk' && o.isEntry);
    if (entry) return compose(entry);
  }
  throw new Error('The analysis build produced no entry chunk.');
}

/** The app's entry chunk, built in memory with the project's own vite.config.ts. */
export function appEntryComposition(root: string): Promise<Composition> {
  return entryOf({ root, build: {} });
}

/** The baseline app's entry chunk, built in memory the same way as scripts/bench/builds.ts builds it. */
export function baselineEntryComposition(root: string): Promise<Composition> {
  return entryOf({
    root: resolve(root, 'scripts/bench/baseline'),
    configFile: false,
    plugins: [react()],
    build: { target: 'es2022' },
  });
}

export interface GroupDiff {
  name: string;
  appGzip: number;
  baselineGzip: number;
  appBytes: number;
  baselineBytes: number;
}

/** Groups of both entry chunks side by side, the largest gzip difference first. */
export function compareGroups(app: Composition, baseline: Composition): GroupDiff[] {
  const names = new Set([...app.groups, ...baseline.groups].map((g) => g.name));
  const find = (c: Composition, name: string) => c.groups.find((g) => g.name === name);
  return [...names]
    .map((name) => ({
      name,
      appGzip: find(app, name)?.gzip ?? 0,
      baselineGzip: find(baseline, name)?.gzip ?? 0,
      appBytes: find(app, name)?.bytes ?? 0,
      baselineBytes: find(baseline, name)?.bytes ?? 0,
    }))
    .sort((a, b) => b.appGzip - b.baselineGzip - (a.appGzip - a.baselineGzip));
}
