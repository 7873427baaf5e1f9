// A form that sends to the server: its fields, busy while the request is on its way, and the
// server's problem (or an unexpected failure) to show with ProblemAlert.
import { useState } from 'react';
import type { FormEvent } from 'react';
import { ApiError } from './api-client';

export function useFormSubmit(send: (form: FormData) => Promise<void>) {
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(undefined);
    try {
      await send(form);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError('unexpected', 0, null));
    } finally {
      setBusy(false);
    }
  }
  return { error, busy, onSubmit: (event: FormEvent<HTMLFormElement>) => void submit(event) };
}
