import { ApiError, type ProblemDetails } from './problem';

/** Listeners told when the session is gone (a 401), so the app can return to the sign-in page. */
const unauthorizedListeners = new Set<() => void>();

export function onUnauthorized(listener: () => void): () => void {
  unauthorizedListeners.add(listener);
  return () => unauthorizedListeners.delete(listener);
}

async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  const init: RequestInit = { method, credentials: 'same-origin', headers: { Accept: 'application/json' } };
  if (body !== undefined) {
    init.body = JSON.stringify(body);
    (init.headers as Record<string, string>)['Content-Type'] = 'application/json';
  }
  const response = await fetch(`/api/v1${path}`, init);
  if (response.status === 401 && !path.startsWith('/auth/')) {
    unauthorizedListeners.forEach(l => l());
  }
  if (!response.ok) {
    let problem: ProblemDetails = { status: response.status, title: response.statusText };
    if ((response.headers.get('Content-Type') ?? '').includes('json')) {
      problem = (await response.json()) as ProblemDetails;
    }
    throw new ApiError(response.status, problem);
  }
  if (response.status === 204 || response.headers.get('Content-Length') === '0') {
    return undefined as T;
  }
  const type = response.headers.get('Content-Type') ?? '';
  return (type.includes('json') ? await response.json() : await response.text()) as T;
}

/** The host's API under /api/v1, authenticated by the session cookie. */
export const api = {
  get: <T>(path: string) => request<T>('GET', path),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, body ?? {}),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
  delete: <T = void>(path: string) => request<T>('DELETE', path),
};

/** Builds a query string from the defined, non-empty values only. */
export function query(params: Record<string, string | number | boolean | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}
