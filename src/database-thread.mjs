// Entry of the SQLite writer thread (db/dialects/sqlite-thread.ts). A worker starts without the
// TypeScript loader of the thread that made it (bin/intentbase registers it programmatically), so
// it registers its own before loading the TypeScript entry.
import { register } from 'tsx/esm/api';

register();
await import('./database-thread.ts');
