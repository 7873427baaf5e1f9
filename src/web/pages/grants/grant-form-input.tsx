// The grant form's inputs: a label, hint and error wired to one react-hook-form field, in the four
// shapes the form needs (text, whole kronor, date, several lines).
import type { FieldPath, UseFormRegister } from 'react-hook-form';
import { Field } from '../../components/form-fields';
import { useI18n } from '../../i18n/i18n';
import type { GrantFormValues } from './grant-form-values';
import { fieldId } from './grant-form-values';

export interface InputOptions {
  hint?: string;
  size?: 'short' | 'wide';
  /** Digits only (a year): the numeric keyboard on phones. */
  numeric?: boolean;
  /** Whole kronor: right-aligned, tabular digits, "kr" after. */
  kronor?: boolean;
  date?: boolean;
  multiline?: boolean;
}

/** One labelled text, kronor, date or multi-line input bound to the form, with hint and error. */
export function FormInput({
  name,
  label,
  register,
  error,
  hint,
  size,
  numeric,
  kronor,
  date,
  multiline,
}: InputOptions & {
  name: FieldPath<GrantFormValues>;
  label: string;
  register: UseFormRegister<GrantFormValues>;
  error: string | undefined;
}) {
  const { t } = useI18n();
  const id = fieldId(name);
  const className = ['input', size ? `input--${size}` : '', kronor ? 'input--amount' : ''].join(
    ' ',
  );
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {(describedBy) => {
        const common = {
          id,
          className: className.trim(),
          'aria-describedby': describedBy,
          'aria-invalid': error ? true : undefined,
          ...register(name),
        };
        if (multiline) return <textarea rows={4} {...common} />;
        const field = (
          <input
            type={date ? 'date' : 'text'}
            inputMode={numeric || kronor ? 'numeric' : undefined}
            autoComplete={numeric || kronor ? 'off' : undefined}
            {...common}
          />
        );
        return kronor ? (
          <div className="input-suffix">
            {field}
            <span aria-hidden="true">{t('common.kr')}</span>
          </div>
        ) : (
          field
        );
      }}
    </Field>
  );
}
