// Worker-thread entry for a parallel half of a scoring run's signal scan (see signal-fold.ts).
// Plain JavaScript so it starts without a loader; it registers tsx for the TypeScript it imports,
// exactly as bin/intentbase does for the main thread.
import { register } from 'tsx/esm/api';

register();
await import('./signal-fold.ts');
