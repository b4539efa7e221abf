// The analyzer benchmark is someone else's (scripts/bench-analyzer.ts); it is optional until it lands.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface AnalyzerFigures {
  typical2kbMs: number;
  large100kbMs: number;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** Runs benchAnalyzer() from scripts/bench-analyzer.ts, or returns null when the file does not exist. */
export async function runAnalyzerBench(root: string): Promise<AnalyzerFigures | null> {
  const file = join(root, 'scripts/bench-analyzer.ts');
  if (!existsSync(file)) return null;
  const mod: unknown = await import(pathToFileURL(file).href);
  if (!isRecord(mod) || typeof mod.benchAnalyzer !== 'function') {
    throw new Error('scripts/bench-analyzer.ts does not export a benchAnalyzer() function.');
  }
  const result: unknown = await (mod.benchAnalyzer as () => Promise<unknown>)();
  if (!isRecord(result) || typeof result.typical2kbMs !== 'number' || typeof result.large100kbMs !== 'number') {
    throw new Error('benchAnalyzer() must resolve to { typical2kbMs: number, large100kbMs: number }.');
  }
  return { typical2kbMs: result.typical2kbMs, large100kbMs: result.large100kbMs };
}
