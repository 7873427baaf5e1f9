// The signed-in person changes their own password: the current one, then the new one. The server
// signs the account out everywhere else; this browser stays signed in.
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { PasswordChangeSchema } from '../../../contracts/session';
import { api } from '../../api-client';
import { PasswordField } from '../../components/form-fields';
import { FORM_BEHAVIOUR, setServerErrors, zodMessages } from '../../forms';
import { NewPasswordForm } from './new-password-form';
import { useI18n } from '../../i18n/i18n';
import { usePageTitle } from '../../layout';
import { useApiMutation } from '../../query';

export function ChangePasswordPage() {
  const { t } = useI18n();
  usePageTitle(t('changePassword.title'));
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm({
    ...FORM_BEHAVIOUR,
    // Two fields and no summary: focus goes to the first one to fix.
    shouldFocusError: true,
    defaultValues: { currentPassword: '', newPassword: '' },
    resolver: zodResolver(PasswordChangeSchema, zodMessages(t)),
  });
  const change = useApiMutation({
    mutationFn: ({
      currentPassword,
      newPassword,
    }: {
      currentPassword: string;
      newPassword: string;
    }) => api.changePassword(currentPassword, newPassword),
  });
  // The server's reasons (a wrong current password, a guessable new one) go next to their field
  // as well as in the alert above the form.
  const submit = async (values: { currentPassword: string; newPassword: string }) => {
    const outcome = await change.run(values);
    if (!outcome.ok)
      setServerErrors(outcome.error, setError, (path) =>
        path === 'currentPassword' || path === 'newPassword' ? path : undefined,
      );
  };

  return (
    <div className="narrow">
      <h1>{t('changePassword.title')}</h1>
      {change.isSuccess ? (
        <p role="status">{t('changePassword.done')}</p>
      ) : (
        <NewPasswordForm
          newPassword={register('newPassword')}
          newPasswordError={errors.newPassword?.message}
          error={change.error}
          busy={change.isPending}
          onSubmit={handleSubmit(submit)}
        >
          <PasswordField
            id="current-password"
            registration={register('currentPassword')}
            error={errors.currentPassword?.message}
            label={t('changePassword.current')}
          />
        </NewPasswordForm>
      )}
    </div>
  );
}
