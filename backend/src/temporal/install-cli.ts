import { loadConfig } from '../config/config.ts';
import { findOrInstallTemporalCli } from './dev-server.ts';

// `npm run temporal:install`: puts the Temporal CLI in place ahead of time (CI, first start), with its progress shown.
const { temporal } = loadConfig();
const path = await findOrInstallTemporalCli({ cliPath: temporal.cliPath, cacheDir: temporal.cacheDir, log: console.log });
console.log(`Temporal CLI: ${path}`);
