// Loads data for a page. The key says what is loaded (`grant:<id>`); when it changes the old answer
// is dropped, when `reload()` is called the old answer stays on screen until the new one arrives.
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from './api-client';

export interface Resource<T> {
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
  reload(): void;
}

interface Settled<T> {
  key: string;
  generation: number;
  data?: T;
  error?: ApiError;
}

export function useResource<T>(
  key: string,
  load: (signal: AbortSignal) => Promise<T>,
): Resource<T> {
  const loadRef = useRef(load);
  useEffect(() => {
    loadRef.current = load;
  });
  const [generation, setGeneration] = useState(0);
  const [settled, setSettled] = useState<Settled<T> | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    loadRef.current(controller.signal).then(
      (data) => setSettled({ key, generation, data }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const apiError = error instanceof ApiError ? error : new ApiError('unexpected', 0, null);
        if (!(error instanceof ApiError)) console.error(error);
        setSettled({ key, generation, error: apiError });
      },
    );
    return () => controller.abort();
  }, [key, generation]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  const current = settled?.key === key ? settled : undefined;
  return {
    data: current?.data,
    error: current?.error,
    loading: !current || current.generation !== generation,
    reload,
  };
}
