// The form conventions of forms.ts in one hook, for the many small forms (a reason, an amount, a
// date): react-hook-form with a zod schema through zodResolver, zod's messages in the chosen
// language, and the count of failed submits that moves the focus to the ErrorSummary.
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import type { BaseSyntheticEvent } from 'react';
import type {
  DefaultValues,
  FieldValues,
  SubmitHandler,
  UseFormProps,
  UseFormReturn,
} from 'react-hook-form';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { FORM_BEHAVIOUR, errorSummary, zodMessages } from './forms';
import { useI18n } from './i18n/i18n';

export type ZodForm<Values extends FieldValues, Output> = UseFormReturn<Values, unknown, Output> & {
  /** Changes on every failed submit: ErrorSummary's `attempt`. */
  attempt: number;
  /** The form's onSubmit: `onValid` with the checked values, or the summary takes the focus. */
  submitWith(onValid: SubmitHandler<Output>): (event?: BaseSyntheticEvent) => Promise<void>;
  /** The server refused the values: the summary (of the errors put on fields) takes the focus. */
  markFailed(): void;
  /**
   * ErrorSummary's entries, in `order`, each linking to `inputId(field)`; `label` names the field
   * in the summary ("Belopp: …") where the sentence alone does not say which field it is about.
   */
  summary(
    order: readonly string[],
    inputId: (name: string) => string,
    label?: (name: string) => string | undefined,
  ): [string, string][];
};

/**
 * `schema` checks the form's values (usually text as typed) and gives what is sent; build it
 * with useMemo from the contract's schema so its messages follow the chosen language.
 */
export function useZodForm<Values extends FieldValues, Output>(
  schema: z.ZodType<Output, Values>,
  defaultValues: DefaultValues<Values>,
  options: Omit<UseFormProps<Values, unknown, Output>, 'resolver' | 'defaultValues'> = {},
): ZodForm<Values, Output> {
  const { t } = useI18n();
  const [attempt, setAttempt] = useState(0);
  const form = useForm<Values, unknown, Output>({
    ...FORM_BEHAVIOUR,
    ...options,
    defaultValues,
    resolver: zodResolver(schema, zodMessages(t)),
  });
  return {
    ...form,
    attempt,
    submitWith: (onValid) => async (event) => {
      await form.handleSubmit(onValid, () => setAttempt((a) => a + 1))(event);
    },
    markFailed: () => setAttempt((a) => a + 1),
    summary: (order, inputId, label) =>
      errorSummary(form.formState.errors, order, inputId, (name, message) => {
        const named = label?.(name);
        return named ? `${named}: ${message}` : message;
      }),
  };
}

/**
 * The contract's `schema` with the form's own `message` for whatever it refuses: the contract
 * says what is allowed, the form says it in the person's words.
 */
export function checkedBy<Output, Input>(schema: z.ZodType<Output, Input>, message: string) {
  return z.custom<Input>().transform((value, context) => {
    const checked = schema.safeParse(value);
    if (checked.success) return checked.data;
    context.addIssue({ code: 'custom', message });
    return z.NEVER;
  });
}
