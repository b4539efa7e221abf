// The operation checker and its data as one module: the checker page imports it on demand, so the
// engine, Amazon's facts and the model data are one chunk that no other page (or checker) loads.
import { checkOperation, type OperationResult } from './check.ts';
import { operationData } from './data.ts';
import type { ModelsData } from './types.ts';

export const source: ModelsData['source'] = operationData.source;

export function check(input: string): OperationResult {
  return checkOperation(input, operationData);
}
