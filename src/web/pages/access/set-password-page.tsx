// The one-time link of an invitation: /losenord#<token>. The token is in the fragment, so it is
// never sent to the server in a URL or a Referer header; it goes in the POST body only.
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { Link } from 'react-router-dom';
import { PasswordSetSchema } from '../../../contracts/session';
import { api } from '../../api-client';
import { FORM_BEHAVIOUR, setServerErrors, zodMessages } from '../../forms';
import { NewPasswordForm } from './new-password-form';
import { useI18n } from '../../i18n/i18n';
import { usePageTitle } from '../../layout';
import { useApiMutation } from '../../query';

const passwordFormSchema = PasswordSetSchema.pick({ password: true });

export function SetPasswordPage() {
  const { t } = useI18n();
  usePageTitle(t('setPassword.title'));
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm({
    ...FORM_BEHAVIOUR,
    // One field: focus goes straight to it.
    shouldFocusError: true,
    defaultValues: { password: '' },
    resolver: zodResolver(passwordFormSchema, zodMessages(t)),
  });
  const setPassword = useApiMutation({
    mutationFn: ({ password }: { password: string }) =>
      api.setPassword(window.location.hash.slice(1), password),
  });
  // The password rule's reason goes next to the field as well as in the alert above the form.
  const submit = async (values: { password: string }) => {
    const outcome = await setPassword.run(values);
    if (!outcome.ok)
      setServerErrors(outcome.error, setError, (path) =>
        path === 'password' ? 'password' : undefined,
      );
  };

  return (
    <div className="narrow">
      <h1>{t('setPassword.title')}</h1>
      {setPassword.isSuccess ? (
        <p role="status">
          {t('setPassword.done')} <Link to="/logga-in">{t('setPassword.signIn')}</Link>
        </p>
      ) : (
        <NewPasswordForm
          newPassword={register('password')}
          newPasswordError={errors.password?.message}
          error={setPassword.error}
          busy={setPassword.isPending}
          onSubmit={handleSubmit(submit)}
        />
      )}
    </div>
  );
}
