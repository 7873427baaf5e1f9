import type {
  FastifyBaseLogger,
  FastifyInstance,
  FastifySchemaCompiler,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { RequestValidationError } from './problem';

/** The fastify instance with zod schemas as the type provider. */
export type ZodApp = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

// Bodies sent as multipart/form-data are read part by part in the route (the file can be 5 MB);
// their schema only documents the parts in the OpenAPI document.
const multipartBodies = new WeakSet<z.ZodType>();

/** A multipart/form-data body: documented in OpenAPI, read with readUpload() in the route. */
export function multipartBody<T extends z.ZodRawShape>(shape: T): z.ZodObject<T> {
  const schema = z.object(shape);
  multipartBodies.add(schema);
  return schema;
}

/** A file part in the OpenAPI document. */
export const FilePart = z.string().meta({ format: 'binary' });

/**
 * Like fastify-type-provider-zod's validator, but the issues keep their input (`reportInput`) so
 * the Swedish message can say what was received, and the error carries the zod issues for
 * problem.ts to turn into `errors[]`.
 */
export const zodValidatorCompiler: FastifySchemaCompiler<z.ZodType> = ({ schema, httpPart }) => {
  if (httpPart === 'body' && multipartBodies.has(schema)) return (data) => ({ value: data });
  return (data) => {
    const result = schema.safeParse(data, { reportInput: true });
    if (result.success) return { value: result.data };
    return { error: new RequestValidationError(result.error.issues) };
  };
};
