/** SHA-256 (hex) of src/catalog/catalog.json at build time; defined in vite.config.ts. */
declare const __CATALOG_SHA256__: string;
