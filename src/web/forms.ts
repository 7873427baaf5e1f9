// How every form works (docs/decisions/0019): react-hook-form holds the typed values, a zod schema
// (the contract's, or a form-value schema derived from it) checks them through zodResolver, and the
// errors show the same way everywhere: an ErrorSummary that takes the focus after a failed submit,
// each message at its field (aria-describedby, aria-invalid), the server's refusal in a
// ProblemAlert with its issues put on the fields they concern.
import type { FieldPath, FieldValues, UseFormProps, UseFormSetError } from 'react-hook-form';
import { get } from 'react-hook-form';
import { z } from 'zod';
import type { ProblemIssue } from '../contracts/problem';
import type { ApiError } from './api-client';
import { wholeKronorInput } from './format';
import type { Translate } from './i18n/i18n';

/**
 * Checked on submit, then again as the person corrects; focus goes to the error summary (not the
 * first field), so the person hears how many things to fix.
 */
export const FORM_BEHAVIOUR = {
  mode: 'onSubmit',
  reValidateMode: 'onChange',
  shouldFocusError: false,
} as const satisfies UseFormProps;

/**
 * zod's own messages are English and technical: this gives the ones a form has not set itself in
 * the chosen language. Pass it as zodResolver's parse options: `zodResolver(schema, zodMessages(t))`.
 */
export function zodMessages(t: Translate): { error: (issue: z.core.$ZodRawIssue) => string } {
  return {
    error: (issue) => {
      if (issue.code === 'too_big' && issue.origin === 'string')
        return t('validation.tooLong', { max: Number(issue.maximum) });
      if (issue.code === 'too_small' && issue.origin === 'string' && Number(issue.minimum) === 1)
        return t('validation.required');
      return t('validation.invalid');
    },
  };
}

/** Text that must not be blank (sent as typed). */
export function requiredText(message: string) {
  return z.string().refine((text) => text.trim() !== '', { error: message });
}

/** Text that may be left blank: null then, as the API's optional fields want it. */
export const optionalText = z.string().transform((text) => (text.trim() === '' ? null : text));

/**
 * Whole kronor as typed ("1 000", "1 000 kr"), read with the domain's parser to the API's number;
 * `message` when it is not whole kronor. Pipe it into the contract's field for its own bounds.
 */
export function kronorText(message: string) {
  return z.string().transform((text, context) => {
    const kronor = wholeKronorInput(text);
    if (kronor === undefined) {
      context.addIssue({ code: 'custom', message });
      return z.NEVER;
    }
    return kronor;
  });
}

/** A file input's value as react-hook-form holds it (none until the input is used). */
export const fileList = z.custom<FileList>().optional();

/** The file chosen in a file input; `message` when none is. */
export function chosenFile(message: string) {
  return fileList.transform((files, context) => {
    const file = files instanceof FileList ? files[0] : undefined;
    if (!file) {
      context.addIssue({ code: 'custom', message });
      return z.NEVER;
    }
    return file;
  });
}

/**
 * Puts the server's issues (a 422 problem's `errors[].path`, `/contact/email` or `contact.email`)
 * on the fields they concern; `fieldFor` names the form field for a path, or none. True when
 * every issue found its field: then the error summary says them all and should take the focus.
 */
export function setServerErrors<Values extends FieldValues>(
  error: ApiError,
  setError: UseFormSetError<Values>,
  fieldFor: (path: string) => FieldPath<Values> | undefined,
  message: (text: string) => string = (text) => text,
): boolean {
  const issues = error.problem?.errors ?? [];
  let atFields = 0;
  for (const issue of issues) {
    const field = fieldOfIssue(issue, fieldFor);
    if (!field) continue;
    setError(field, { type: 'server', message: message(issue.message) });
    atFields++;
  }
  return issues.length > 0 && atFields === issues.length;
}

/**
 * The form field an issue is about, or none; with ProblemAlert's `atField` it keeps an issue
 * from being said twice: at its field (and in the error summary) and again in the alert.
 */
export function fieldOfIssue<Name>(
  issue: ProblemIssue,
  fieldFor: (path: string) => Name | undefined,
): Name | undefined {
  return issue.path ? fieldFor(issue.path.replace(/^\//, '').replace(/\//g, '.')) : undefined;
}

/** The message of a field's error, nested or not (`rules.minimumAmountKr`, `usageAreas.0.value`). */
export function fieldError(errors: object, name: string): string | undefined {
  const found: unknown = get(errors, name);
  return typeof found === 'object' && found !== null && 'message' in found
    ? typeof found.message === 'string'
      ? found.message
      : undefined
    : undefined;
}

/** Flattens react-hook-form's nested errors to `[fieldName, message]`, in the form's order. */
export function flattenErrors(errors: object, order: readonly string[]): [string, string][] {
  const flat: [string, string][] = [];
  const walk = (node: unknown, prefix: string) => {
    if (typeof node !== 'object' || node === null) return;
    if ('message' in node && typeof node.message === 'string') {
      flat.push([prefix, node.message]);
      return;
    }
    for (const [key, child] of Object.entries(node)) {
      if (key === 'ref' || key === 'root') continue;
      walk(child, prefix ? `${prefix}.${key}` : key);
    }
  };
  walk(errors, '');
  const rank = (name: string) => {
    const index = order.findIndex((field) => name === field || name.startsWith(`${field}.`));
    return index === -1 ? order.length : index;
  };
  return flat.sort((a, b) => rank(a[0]) - rank(b[0]));
}

/**
 * The ErrorSummary's entries: `[inputId, text]` for every field with an error, in `order`;
 * `describe` may prefix the field's label when the message alone does not say which field.
 */
export function errorSummary(
  errors: object,
  order: readonly string[],
  inputId: (name: string) => string,
  describe: (name: string, message: string) => string = (_name, message) => message,
): [string, string][] {
  return flattenErrors(errors, order).map(([name, message]) => [
    inputId(name),
    describe(name, message),
  ]);
}
