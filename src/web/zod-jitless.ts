// The web build's `zod` (vite.config.ts aliases the bare specifier here): zod with its schema
// compiler off. zod compiles object schemas with `new Function` when it may, and probes for that
// by calling it as each object schema is built; the Content Security Policy (script-src 'self',
// no 'unsafe-eval') refuses the probe and reports a violation. The setting must be in place
// before any schema exists, which only a module standing in for zod itself can guarantee. Without
// the compiler zod parses the same way, a little slower; the web's schemas are small.
import { config } from 'zod/v4/core';

config({ jitless: true });

export * from 'zod/v4';
