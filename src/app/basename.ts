/**
 * The router's basename: Vite's base ("/" or "/troubleshoot/"). The trailing slash is kept so the start
 * page's links point at "/troubleshoot/", the folder a static host serves, not "/troubleshoot".
 */
export const BASENAME = import.meta.env.BASE_URL;
