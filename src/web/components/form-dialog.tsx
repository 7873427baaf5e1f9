// A dialog whose body is one form, submitted by the primary button at the bottom (next to
// Cancel): for a change that needs a few inputs and a reason, on a page with many rows.
import { useId } from 'react';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n';
import { Dialog } from './dialog';

/** A dialog whose body is one form, submitted by the primary button at the bottom. */
export function FormDialog(props: {
  title: string;
  submit: string;
  busy: boolean;
  onClose(): void;
  onSubmit(): void;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const formId = useId();
  return (
    <Dialog
      title={props.title}
      onClose={props.onClose}
      actions={
        <>
          <button
            type="submit"
            form={formId}
            className="button button--primary"
            disabled={props.busy}
          >
            {props.submit}
          </button>
          <button type="button" className="button button--secondary" onClick={props.onClose}>
            {t('common.cancel')}
          </button>
        </>
      }
    >
      <form
        id={formId}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          props.onSubmit();
        }}
      >
        {props.children}
      </form>
    </Dialog>
  );
}
