// A compact index of the operation facts the paste analyzer uses, derived from the models and the
// facts: restricted, RDT-free and grantless operations with their method and path template, and the
// restricted report types. It is committed as signals.json (a few KB), so the analyzer on the start
// page does not ship the full operation data; a unit test checks it matches what this derives.
import { GRANTLESS_FACTS, NO_RDT_FACTS, RESTRICTED_FACTS, TYPE_FACTS, type OperationRef } from './facts.ts';
import type { ModelsData } from './types.ts';

/** [method, path template, operationId, set when another method on the same path is not in this group]. */
export type SignalEntry = [string, string, string] | [string, string, string, 1];

export interface SignalIndex {
  /**
   * Need a Restricted Data Token (getReportDocument only with a restricted report type). Operations
   * whose RDT names dataElements (getOrders, getOrder, getOrderItems of Orders v0) are left out: the
   * RDT selects which personal data they return, so a denied call to them does not point to it.
   */
  restricted: SignalEntry[];
  /** Personal data with restricted roles but no RDT. */
  noRdt: SignalEntry[];
  grantless: SignalEntry[];
  /** Names that are in the group in every current model that declares them. */
  restrictedNames: string[];
  grantlessNames: string[];
  /** Report types whose documents need an RDT. */
  restrictedTypes: string[];
}

export function deriveSignalIndex(data: ModelsData): SignalIndex {
  const group = (refs: readonly OperationRef[]): SignalEntry[] => {
    const inGroup = new Set(refs.map((r) => `${r.model}/${r.operation}`));
    const out: SignalEntry[] = [];
    for (const model of data.models) {
      for (const op of model.operations) {
        if (!inGroup.has(`${model.key}/${op.id}`)) continue;
        const mixed = model.operations.some((o) => o.path === op.path && o.method !== op.method && !inGroup.has(`${model.key}/${o.id}`));
        out.push(mixed ? [op.method, op.path, op.id, 1] : [op.method, op.path, op.id]);
      }
    }
    return out.sort((a, b) => a[1].localeCompare(b[1]) || a[0].localeCompare(b[0]));
  };
  const names = (refs: readonly OperationRef[]): string[] => {
    const inGroup = new Set(refs.map((r) => `${r.model}/${r.operation}`));
    const candidates = new Set(refs.map((r) => r.operation));
    return [...candidates]
      .filter((name) => data.models.every((m) => m.retired || !m.operations.some((o) => o.id === name) || inGroup.has(`${m.key}/${name}`)))
      .filter((name) => name !== 'getReportDocument')
      .sort();
  };
  return {
    restricted: group(RESTRICTED_FACTS.filter((f) => !f.dataElements)),
    noRdt: group(NO_RDT_FACTS),
    grantless: group(GRANTLESS_FACTS),
    restrictedNames: names(RESTRICTED_FACTS.filter((f) => !f.dataElements)),
    grantlessNames: names(GRANTLESS_FACTS),
    restrictedTypes: TYPE_FACTS.filter((t) => t.restricted)
      .map((t) => t.type)
      .sort(),
  };
}
