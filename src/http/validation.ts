import type {
  FastifyBaseLogger,
  FastifyInstance,
  FastifySchemaCompiler,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { isMultipartBody } from '../contracts/shared';
import { InvalidInputError } from '../services/common/invalid-input-error';
import { controlCharacterIssues } from '../domain/text';
import { RequestValidationError } from './problem';

/** The fastify instance with zod schemas as the type provider. */
export type ZodApp = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

// Multipart bodies and file parts are declared in the route table's entries (src/contracts); the
// file part is here too for send-file.ts.
export { FilePart } from '../contracts/shared';

/**
 * Like fastify-type-provider-zod's validator, but the issues keep their input (`reportInput`) so
 * the Swedish message can say what was received, and the error carries the zod issues for
 * problem.ts to turn into `errors[]`.
 */
export const zodValidatorCompiler: FastifySchemaCompiler<z.ZodType> = ({ schema, httpPart }) => {
  if (httpPart === 'body' && isMultipartBody(schema)) return (data) => ({ value: data });
  const prefix = httpPart === 'body' || httpPart === undefined ? '' : `${httpPart}.`;
  return (data) => {
    // Control characters first: 422 naming each field, whatever else the schema would say.
    const textIssues = controlCharacterIssues(data, prefix);
    if (textIssues.length > 0) return { error: new InvalidInputError(textIssues) };
    const result = schema.safeParse(data, { reportInput: true });
    if (result.success) return { value: result.data };
    return { error: new RequestValidationError(result.error.issues) };
  };
};
