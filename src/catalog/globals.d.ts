/** Content hash of the build's data folder (`data/<version>/`); defined by vite.config.ts and the build. */
declare const __DATA_VERSION__: string;
/** The catalog's `version` and `reviewed` date, for the footer; defined in vite.config.ts. */
declare const __CATALOG_VERSION__: string;
declare const __CATALOG_REVIEWED__: string;
