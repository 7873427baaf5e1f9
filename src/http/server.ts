// The HTTP server: fastify with zod at the boundary (the same schemas give the OpenAPI document),
// problem+json errors, multipart uploads limited to one 5 MB file, and optionally the built web app.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fastifyMultipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import Fastify, { type FastifySchema, type FastifyServerOptions } from 'fastify';
import {
  createJsonSchemaTransform,
  createJsonSchemaTransformObject,
  serializerCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Database } from '../db/client';
import type { TrustProxy } from './config';
import { isDomainError } from '../domain/errors';
import type { ServiceContext } from '../services/common/context';
import { registerAuth } from './auth';
import { OidcClient, type OidcOptions } from './oidc';
import { buildProblem, errorToProblem, preferredLocale, sendProblem } from './problem';
// The order of these imports is the order in which the contracts' named schemas register, and so
// the order of `components` in the OpenAPI document (openapi.test.ts keeps it as committed).
import { registerAllocationRoutes } from './routes/allocation/routes';
import { registerDecisionRoutes } from './routes/decisions/routes';
import { registerPayoutRoutes } from './routes/payouts/routes';
import { registerReceiptRoutes } from './routes/receipts/routes';
import { ProblemSchema } from '../contracts/problem';
import { registerGrantRoutes } from './routes/grants/routes';
import { registerOwnPerformanceRoutes } from './routes/performance/own';
import { registerMyGrantRoutes } from './routes/grants/my-grants';
import { registerTaskRoutes } from './routes/tasks/routes';
import { registerPasswordRoutes } from './routes/access/password';
import { registerReceivableRoutes } from './routes/receivables/routes';
import { registerReportingRoutes } from './routes/reporting/routes';
import { registerGovernmentReportRoutes } from './routes/government-report/routes';
import { registerGovernmentReportFileRoutes } from './routes/government-report/files';
import { registerPerformanceRoutes } from './routes/performance/routes';
import { registerRecipientRoutes } from './routes/recipients/routes';
import { registerRequisitionRoutes } from './routes/requisition/routes';
import { registerSessionRoutes } from './routes/access/session';
import { registerSettingsRoutes } from './routes/settings/routes';
import { registerUserRoutes } from './routes/access/users';
import { registerRoute } from './routes/register';
import { apiDocumentRoute } from '../contracts/routes';
import { registerSecurityHeaders } from './security-headers';
import { schedulePurgeOfExpiredSessions } from './session-purge';
import { registerServiceUnavailableRetry } from './service-unavailable';
import { MAX_JSON_BODY_BYTES, MAX_UPLOAD_BYTES } from './upload';
import { zodValidatorCompiler, type ZodApp } from './validation';

export interface BuildServerOptions {
  db: Database;
  /** The clock (tests fix it); defaults to the system time. */
  now?: () => Date;
  logger?: FastifyServerOptions['logger'];
  /** Serve the built web app from this folder, with index.html for every non-API page. */
  webRoot?: string;
  /** Behind a reverse proxy: whose X-Forwarded-* headers to trust (config.ts, TRUST_PROXY). */
  trustProxy?: TrustProxy;
  /** OpenID Connect sign-in (from the OIDC_* variables); without it only passwords. */
  oidc?: OidcOptions;
  /**
   * Remove expired sessions at start and then this often (`npm start`: hourly); tests that share
   * a database between clocks leave it off.
   */
  purgeExpiredSessionsEveryMs?: number;
}

export type App = ZodApp;

export interface ApiRoute {
  method: string;
  url: string;
  /** The schemas it was registered with (the route table test compares them with the entry's). */
  schema: FastifySchema | undefined;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Every /api route (method and URL pattern), HEAD excepted. */
    apiRoutes: readonly ApiRoute[];
  }
  interface FastifyRequest {
    /** The use cases' context for this request: database, actor and clock. */
    ctx: ServiceContext;
  }
}

export const API_VERSION = '0.1.0';

function readIndexHtml(webRoot: string): string | undefined {
  const file = path.join(webRoot, 'index.html');
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

export async function buildServer(options: BuildServerOptions): Promise<App> {
  const now = options.now ?? (() => new Date());
  const app = Fastify({
    logger: options.logger ?? false,
    // JSON bodies are small (a grant); files come as multipart with their own limit.
    bodyLimit: MAX_JSON_BODY_BYTES,
    trustProxy: options.trustProxy ?? false,
  }).withTypeProvider<ZodTypeProvider>();

  await registerSecurityHeaders(app);
  app.setValidatorCompiler(zodValidatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler((error, request, reply) => {
    // A throttled sign-in says when to try again (RFC 9110 10.2.3).
    if (isDomainError(error) && typeof error.params.retryAfterSeconds === 'number')
      void reply.header('retry-after', String(error.params.retryAfterSeconds));
    return sendProblem(reply, errorToProblem(error, request));
  });
  registerServiceUnavailableRetry(app);
  const indexHtml = options.webRoot ? readIndexHtml(options.webRoot) : undefined;
  app.setNotFoundHandler((request, reply) => {
    // The web app routes in the browser: any GET outside /api is one of its pages.
    if (indexHtml !== undefined && request.method === 'GET' && !request.url.startsWith('/api')) {
      return reply
        .type('text/html; charset=utf-8')
        .header('cache-control', 'no-cache')
        .send(indexHtml);
    }
    const locale = preferredLocale(request.headers['accept-language']);
    return sendProblem(
      reply,
      buildProblem(404, 'route.not_found', [{ code: 'route.not_found', params: {} }], locale),
    );
  });

  // The API's routes as registered, for the access test that must cover every one of them.
  const apiRoutes: ApiRoute[] = [];
  app.decorate('apiRoutes', apiRoutes);
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api')) return;
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD') apiRoutes.push({ method, url: route.url, schema: route.schema });
    }
  });

  // Every API operation answers errors as problem+json; this documents it in OpenAPI once for all.
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api') || route.schema?.hide) return;
    route.schema = {
      ...route.schema,
      response: {
        ...(route.schema?.response as object | undefined),
        '4xx': ProblemSchema,
        '5xx': ProblemSchema,
      },
    };
  });

  app.decorateRequest('ctx', null as unknown as ServiceContext);
  await registerAuth(app, { db: options.db, now });

  await app.register(fastifyMultipart, {
    limits: {
      fileSize: MAX_UPLOAD_BYTES,
      files: 1,
      fields: 10,
      parts: 12,
      fieldSize: MAX_UPLOAD_BYTES,
    },
  });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Statsbidrag API',
        version: API_VERSION,
        description:
          'Grants, recipients and allocations. Amounts are whole kronor as integers; exact shares are ' +
          'strings ("6726959/41991440"). Errors are application/problem+json with one entry in ' +
          '`errors` per problem found (Swedish, or English with Accept-Language: en).',
      },
      tags: [
        { name: 'grants', description: 'Statsbidrag: terms, status and history' },
        { name: 'allocations', description: 'Fördelningar: keys, formulas, results, publication' },
        { name: 'recipients', description: 'Mottagare: municipalities and regions' },
        { name: 'session', description: 'Inloggning: sign-in, sign-out, the own organisation' },
        { name: 'users', description: 'Användare: accounts and roles' },
        {
          name: 'requisitions',
          description: 'Rekvisitioner: requisitions, late permissions, the second round',
        },
        { name: 'decisions', description: 'Beslut: decisions per recipient and their letters' },
        { name: 'payouts', description: 'Utbetalningar: payment accounts and payout batches' },
        { name: 'settings', description: 'Inställningar: the agency’s own details' },
        { name: 'receipts', description: 'Kvittenser: receipts of binding acts' },
      ],
    },
    transform: createJsonSchemaTransform({ skipList: ['/api/openapi.json'] }),
    transformObject: createJsonSchemaTransformObject({}),
  });

  await app.register(
    async (api) => {
      const typed = api.withTypeProvider<ZodTypeProvider>();
      registerRoute(typed, apiDocumentRoute, { access: 'public', hide: true }, async () =>
        app.swagger(),
      );
      // This order is the OpenAPI document's: the recipient portal's /me routes follow the session.
      registerSessionRoutes(typed, { oidc: options.oidc && new OidcClient(options.oidc) });
      registerOwnPerformanceRoutes(typed);
      registerMyGrantRoutes(typed);
      registerTaskRoutes(typed);
      registerPasswordRoutes(typed);
      registerUserRoutes(typed);
      registerRecipientRoutes(typed);
      registerGrantRoutes(typed);
      registerAllocationRoutes(typed);
      registerPerformanceRoutes(typed);
      registerRequisitionRoutes(typed);
      registerDecisionRoutes(typed);
      registerPayoutRoutes(typed);
      registerReportingRoutes(typed);
      registerGovernmentReportRoutes(typed);
      registerGovernmentReportFileRoutes(typed);
      registerReceivableRoutes(typed);
      registerSettingsRoutes(typed);
      registerReceiptRoutes(typed);
    },
    { prefix: '/api' },
  );

  if (options.webRoot && existsSync(path.join(options.webRoot, 'index.html'))) {
    await app.register(fastifyStatic, {
      root: path.resolve(options.webRoot),
      prefix: '/',
      index: 'index.html',
    });
  }

  if (options.purgeExpiredSessionsEveryMs !== undefined) {
    await schedulePurgeOfExpiredSessions(app, {
      db: options.db,
      now,
      everyMs: options.purgeExpiredSessionsEveryMs,
    });
  }

  await app.ready();
  return app;
}
