import { version } from '../../../package.json';

/** The app's version, from package.json (inlined at build time). */
export const APP_VERSION: string = version;
