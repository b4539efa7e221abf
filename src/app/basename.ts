/** The router's basename from Vite's base ("/" or "/troubleshoot/"), without the trailing slash. */
export const BASENAME = import.meta.env.BASE_URL.replace(/\/$/, '') || '/';

/** Id of the JSON data block that carries the prerendered router state to the browser. */
export const HYDRATION_DATA_ID = 'router-hydration-data';
