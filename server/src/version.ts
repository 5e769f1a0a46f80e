declare const SOURCELENS_VERSION: string | undefined;

/** The version of package.json, set by the bundler (esbuild.mjs); "0.0.0" when run from sources. */
export const VERSION = typeof SOURCELENS_VERSION === 'string' ? SOURCELENS_VERSION : '0.0.0';
