// One route of the API as both sides see it: its method, its path template (fastify's `:name`
// segments) and the zod schemas of what goes in and comes out. The server registers each route
// from its entry (src/http/routes/register.ts) and the web builds its URLs and parses the answers
// from the same entry (src/web/api-client.ts), so neither can drift from the other
// (docs/decisions/0017-route-table.md).
import type { z } from 'zod';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface RouteEntry {
  readonly method: HttpMethod;
  /** Below /api, with `:name` for a path parameter: `/grants/:id/copy`. */
  readonly path: string;
  readonly params?: z.ZodType;
  readonly querystring?: z.ZodType;
  /** JSON, or the parts of a multipart/form-data body when `consumes` says so. */
  readonly body?: z.ZodType;
  /** The answers by status code; none for a 204 or a file. */
  readonly response?: Readonly<Record<number, z.ZodType>>;
  /** `['multipart/form-data']` for an upload. */
  readonly consumes?: readonly string[];
  /** A file download: its media type (CSV, XLSX, PDF …); the answer is the file, not JSON. */
  readonly file?: string;
  /** The media types the route answers in, where the OpenAPI document names them. */
  readonly produces?: readonly string[];
  /** A redirect (the OpenID Connect routes): the browser navigates there, nothing is parsed. */
  readonly redirect?: true;
}

/** The names of a path template's parameters: `'/grants/:id/reports/:code'` → `'id' | 'code'`. */
export type PathParamNames<Path extends string> =
  Path extends `${string}:${infer Name}/${infer Rest}`
    ? Name | PathParamNames<`/${Rest}`>
    : Path extends `${string}:${infer Name}`
      ? Name
      : never;

/** What fills a path template: one string per `:name`. */
export type PathParams<Path extends string> = { readonly [Name in PathParamNames<Path>]: string };

type DeclaredParams<E extends RouteEntry> = E extends { params: z.ZodType }
  ? keyof z.output<E['params']>
  : never;

/**
 * An entry whose every `:name` is a key of its params schema and the other way round (a template
 * without a schema for its parameters would reach the handler unvalidated).
 */
type CheckedEntry<E extends RouteEntry> = [PathParamNames<E['path']>] extends [DeclaredParams<E>]
  ? [DeclaredParams<E>] extends [PathParamNames<E['path']>]
    ? E
    : { error: 'the params schema declares a parameter the path does not have'; entry: E }
  : { error: 'a path parameter is missing from the params schema'; entry: E };

/** Declares one route; the type keeps the literal method and path and the exact schemas. */
export function route<const E extends RouteEntry>(entry: E & CheckedEntry<E>): E {
  return entry;
}

const PARAMETER = /:([A-Za-z_][A-Za-z0-9_]*)/g;

/**
 * The path of a route with its parameters filled in, each encoded (an id with `/` or `?` stays one
 * segment), and the query string when one is given (undefined values left out).
 */
export function pathOf<E extends RouteEntry>(
  entry: E,
  params: PathParams<E['path']>,
  query?: Readonly<Record<string, string | number | boolean | undefined>>,
): string {
  const values = params as Readonly<Record<string, string>>;
  const path = entry.path.replace(PARAMETER, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`${entry.path}: no value for :${name}`);
    return encodeURIComponent(value);
  });
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value !== undefined) search.set(name, String(value));
  }
  return search.size > 0 ? `${path}?${search}` : path;
}

/** Every entry of a table of routes (nested records of entries), in the table's order. */
export function routeEntries(table: object): RouteEntry[] {
  if (isRouteEntry(table)) return [table];
  return Object.values(table).flatMap((value: unknown) =>
    typeof value === 'object' && value !== null ? routeEntries(value) : [],
  );
}

function isRouteEntry(value: object): value is RouteEntry {
  return 'method' in value && 'path' in value && typeof value.path === 'string';
}
