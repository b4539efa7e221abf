// What the app keeps in localStorage, versioned. Parsing never throws: corrupt, old or foreign data
// reads as "nothing saved", and the next write replaces it.
import { CONSOLES } from '../catalog/constants.ts';
import type { ConsoleId } from '../catalog/schema.ts';

const PREFIX = 'spapi-troubleshooter';
export const CONSOLE_KEY = `${PREFIX}:console`;
export const checklistKey = (scenarioId: string) => `${PREFIX}:checklist:${scenarioId}`;
const VERSION = 1;

/** The console the reader works in, or 'all' before they choose. */
export type ConsoleChoice = ConsoleId | 'all';

export function parseConsole(raw: string | null): ConsoleChoice {
  const value = parseVersioned(raw);
  const choice = value?.console;
  return typeof choice === 'string' && (CONSOLES as readonly string[]).includes(choice) ? (choice as ConsoleId) : 'all';
}

export function serialiseConsole(choice: ConsoleChoice): string {
  return JSON.stringify({ v: VERSION, console: choice });
}

/** Ticked checklist item ids; ids the scenario no longer has are ignored by the caller. */
export function parseChecklist(raw: string | null): ReadonlySet<string> {
  const ticked = parseVersioned(raw)?.ticked;
  if (!Array.isArray(ticked)) return new Set();
  return new Set(ticked.filter((id): id is string => typeof id === 'string' && id.length <= 100).slice(0, 200));
}

export function serialiseChecklist(ticked: Iterable<string>): string {
  return JSON.stringify({ v: VERSION, ticked: [...ticked].sort() });
}

function parseVersioned(raw: string | null): Record<string, unknown> | null {
  if (raw === null || raw.length > 20_000) return null;
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
    const record = value as Record<string, unknown>;
    return record.v === VERSION ? record : null;
  } catch {
    return null;
  }
}
