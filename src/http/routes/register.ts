// Registers a route from its entry in the route table (src/contracts/routes.ts): method, path and
// schemas come from the entry, so they cannot drift from what the web calls; the route file adds
// what only the server knows: who may call it, how the OpenAPI document files and describes it,
// and the handler.
import type {
  ContextConfigDefault,
  FastifyBaseLogger,
  FastifySchema,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
  RouteGenericInterface,
  RouteHandlerMethod,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { RouteEntry } from '../../contracts/route';
import type { Access } from '../auth';
import { fileResponse } from '../send-file';
import type { ZodApp } from '../validation';

/** The route's schemas as fastify sees them: the entry's own, so the handler is typed by them. */
type EntrySchema<E extends RouteEntry> = FastifySchema & {
  params: E extends { params: infer S } ? S : undefined;
  querystring: E extends { querystring: infer S } ? S : undefined;
  body: E extends { body: infer S } ? S : undefined;
  response: E extends { response: infer R } ? R : undefined;
};

/** A handler for the entry: params, query, body and answer typed by the entry's zod schemas. */
export type RouteHandler<E extends RouteEntry> = RouteHandlerMethod<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  RouteGenericInterface,
  ContextConfigDefault,
  EntrySchema<E>,
  ZodTypeProvider,
  FastifyBaseLogger
>;

/** What the server adds to an entry: access (src/http/auth.ts) and the OpenAPI document's words. */
export interface RouteRegistration {
  access: Access;
  tags?: readonly string[];
  description?: string;
  /** Left out of the OpenAPI document. */
  hide?: true;
}

export function registerRoute<const E extends RouteEntry>(
  app: ZodApp,
  entry: E,
  options: RouteRegistration,
  handler: RouteHandler<E>,
): void {
  app.route<RouteGenericInterface, ContextConfigDefault, EntrySchema<E>>({
    method: entry.method,
    url: entry.path,
    config: { access: options.access },
    schema: fastifySchema(entry, options) as EntrySchema<E>,
    handler,
  });
}

function fastifySchema(entry: RouteEntry, options: RouteRegistration): FastifySchema {
  const response = entry.file === undefined ? entry.response : { 200: fileResponse(entry.file) };
  return {
    ...(options.hide && { hide: true }),
    ...(options.tags && { tags: [...options.tags] }),
    ...(options.description !== undefined && { description: options.description }),
    ...(entry.consumes && { consumes: [...entry.consumes] }),
    ...(entry.produces && { produces: [...entry.produces] }),
    ...(entry.querystring && { querystring: entry.querystring }),
    ...(entry.params && { params: entry.params }),
    ...(entry.body && { body: entry.body }),
    ...(response && { response }),
  };
}
