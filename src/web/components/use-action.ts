// Runs a call for a button or form: remembers the problem if the server refuses (to show it with
// ProblemAlert), announces success to screen readers and reloads what changed.
import { useState } from 'react';
import { ApiError } from '../api-client';
import { useAnnounce } from '../announcer';

export function useAction() {
  const announce = useAnnounce();
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (call: () => Promise<string>, after?: () => void): Promise<boolean> => {
    setError(null);
    setBusy(true);
    try {
      announce(await call());
      after?.();
      return true;
    } catch (caught) {
      if (!(caught instanceof ApiError)) throw caught;
      setError(caught);
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { error, busy, run };
}
