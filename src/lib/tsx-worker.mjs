// Worker entry used only when running the TypeScript sources (tests, benchmarks): registers tsx in
// this thread, then runs the module named by the first argument (see workers.ts).
import { register } from 'tsx/esm/api';

register();
await import(process.argv[2]);
