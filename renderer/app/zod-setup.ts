import { z } from 'zod';

// Zod must never compile validators with eval/new Function: the page's CSP forbids it, and
// even zod's probe for eval raises a CSP violation. This module is imported first by main.tsx,
// so it runs before any schema module is evaluated or used.
z.config({ jitless: true });
