/** Mailpath's version; a test pins it to package.json so the two never drift. */
export const APP_VERSION = '0.1.0';
