// Form building blocks: a label, an optional hint and the field's error, wired together with ids
// so assistive technology reads them with the input; and the error summary at the top of a form.
import { useEffect, useRef } from 'react';
import type { InputHTMLAttributes, ReactNode, TextareaHTMLAttributes } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { useI18n } from '../i18n/i18n';

interface FieldProps {
  id: string;
  /** Text, or text with a part for screen readers only (which of several alike fields it is). */
  label: ReactNode;
  /** Text, or text with the column names a file must have as code (which the person types). */
  hint?: ReactNode;
  error?: string;
  children(describedBy: string | undefined): ReactNode;
  className?: string;
}

export function Field({ id, label, hint, error, children, className }: FieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={['field', error ? 'field--error' : '', className ?? ''].join(' ').trim()}>
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      ) : null}
      {error ? <FieldError id={errorId} message={error} /> : null}
      {children(describedBy)}
    </div>
  );
}

interface RegisteredProps {
  id: string;
  label: ReactNode;
  hint?: string;
  error: string | undefined;
  /** What react-hook-form's `register(name)` returned. */
  registration: UseFormRegisterReturn;
}

/** A labelled input of a react-hook-form form: label, hint, error and their ids wired once. */
export function RegisteredInput({
  id,
  label,
  hint,
  error,
  registration,
  ...input
}: RegisteredProps & Omit<InputHTMLAttributes<HTMLInputElement>, 'id'>) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {(describedBy) => (
        <input
          id={id}
          {...input}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          {...registration}
        />
      )}
    </Field>
  );
}

/** A labelled text area of a react-hook-form form (a reason, a finding), wired like RegisteredInput. */
export function RegisteredTextArea({
  id,
  label,
  hint,
  error,
  registration,
  ...textarea
}: RegisteredProps & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'>) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {(describedBy) => (
        <textarea
          id={id}
          {...textarea}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          {...registration}
        />
      )}
    </Field>
  );
}

export function FieldError({ id, message }: { id: string | undefined; message: string }) {
  const { t } = useI18n();
  return (
    <p id={id} className="field__error">
      <span className="visually-hidden">{t('form.errorPrefix')} </span>
      {message}
    </p>
  );
}

interface SummaryProps {
  /** `[fieldId, text]`: each links to its field; an empty id is said without a link. */
  errors: [fieldId: string, message: string][];
  /** Changes on every failed submit, so focus moves to the summary each time. */
  attempt: number;
  /** Finds a field that has no id of ours (a question the survey library renders). */
  find?: (fieldId: string) => HTMLElement | null;
}

/** The list of everything to fix, with links to the fields; focus moves here after a failed submit. */
export function ErrorSummary({ errors, attempt, find }: SummaryProps) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (attempt > 0) ref.current?.focus();
  }, [attempt]);
  if (errors.length === 0) return null;
  return (
    <div className="alert alert--error error-summary" tabIndex={-1} ref={ref}>
      <h2 id="error-summary-title" className="alert__title">
        {t('form.errorSummaryTitle')}
      </h2>
      <ul>
        {errors.map(([id, message], index) => (
          <li key={`${index}:${id}`}>
            {id ? (
              <a
                href={`#${id}`}
                onClick={(event) => {
                  event.preventDefault();
                  const field = find ? find(id) : document.getElementById(id);
                  field?.focus();
                  field?.scrollIntoView({ block: 'center' });
                }}
              >
                {message}
              </a>
            ) : (
              message
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** A password input with its label (and hint): the current one, or a new one of 10 characters. */
export function PasswordField({
  id,
  label,
  hint,
  isNew = false,
  registration,
  error,
}: {
  id: string;
  label: string;
  hint?: string;
  isNew?: boolean;
  /** The field in its react-hook-form form (`register('password')`). */
  registration: UseFormRegisterReturn;
  error?: string;
}) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {(describedBy) => (
        <input
          id={id}
          type="password"
          autoComplete={isNew ? 'new-password' : 'current-password'}
          required
          minLength={isNew ? 10 : undefined}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          {...registration}
        />
      )}
    </Field>
  );
}
