// What every answer tells the browser about itself (docs/decisions/0021): a strict Content
// Security Policy (only this origin's scripts, styles, images and API; nothing inline; never in a
// frame), nosniff, no Referer, HSTS once behind TLS, and no-store on the API's answers, which hold
// personal data or the session's CSRF token.
import fastifyHelmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

/**
 * The policy for the built web app. It has no inline script or style element: Vite emits files,
 * React sets styles through the DOM (which CSP allows) and SurveyJS renders through React; the
 * e2e tests fail on any violation (e2e/support.ts). `data:` images are SurveyJS's and the
 * charts' small icons.
 */
export const CONTENT_SECURITY_POLICY = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
} as const;

/** A year, and for every subdomain: the agency's hosts serve only HTTPS once this is on. */
const HSTS = 'max-age=31536000; includeSubDomains';

export async function registerSecurityHeaders(app: FastifyInstance): Promise<void> {
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: Object.fromEntries(
        Object.entries(CONTENT_SECURITY_POLICY).map(([name, sources]) => [name, [...sources]]),
      ),
    },
    // frame-ancestors for current browsers, X-Frame-Options for older ones.
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    // Set below, and only over TLS: on plain HTTP (a developer's machine) it means nothing.
    strictTransportSecurity: false,
    crossOriginEmbedderPolicy: false,
  });
  app.addHook('onSend', async (request, reply) => {
    // request.protocol believes X-Forwarded-Proto only from a trusted proxy (TRUST_PROXY).
    if (request.protocol === 'https') void reply.header('strict-transport-security', HSTS);
    // Every API answer is about someone or carries the CSRF token: never kept by a browser or a
    // proxy. A route that knows better (a published allocation's ETag) sets its own.
    if (request.url.startsWith('/api') && !reply.hasHeader('cache-control'))
      void reply.header('cache-control', 'no-store');
  });
}
