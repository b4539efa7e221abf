// npm run schema: writes src/catalog/catalog.schema.json from the zod schema, so editors autocomplete
// and check catalog.json. A unit test fails when the committed file is out of date.
import { writeFileSync } from 'node:fs';
import { catalogJsonSchema, SCHEMA_FILE } from '../src/catalog/json-schema.ts';

writeFileSync(SCHEMA_FILE, catalogJsonSchema());
console.log(`Wrote ${SCHEMA_FILE}`);
