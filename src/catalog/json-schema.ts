// The catalog schema as JSON Schema text (Node-side tooling only; the browser never needs it).
import * as z from 'zod/mini';
import { Catalog } from './schema.ts';

export const SCHEMA_FILE = 'src/catalog/catalog.schema.json';

export function catalogJsonSchema(): string {
  const schema = z.toJSONSchema(Catalog, { target: 'draft-2020-12', unrepresentable: 'any' });
  return `${JSON.stringify({ ...schema, title: 'SP-API Authorization Troubleshooter catalog' }, null, 2)}\n`;
}
