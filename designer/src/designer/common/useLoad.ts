import { useCallback, useEffect, useState } from 'react';

/** Loads data on mount and when `deps` change; `reload` runs it again. Errors are kept for display. */
export function useLoad<T>(load: () => Promise<T>, deps: unknown[]) {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(true);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let live = true;
    setLoading(true);
    setError(null);
    load()
      .then(value => { if (live) setData(value); })
      .catch(reason => { if (live) setError(reason); })
      .finally(() => { if (live) setLoading(false); });
    return () => { live = false; };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, generation]);

  const reload = useCallback(() => setGeneration(g => g + 1), []);
  return { data, setData, error, loading, reload };
}
