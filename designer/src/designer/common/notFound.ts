import { ApiError } from '../../api/problem';

/** A request whose 404 means "there is none" (e.g. no draft): null instead of an error. */
export async function orNull<T>(request: Promise<T>): Promise<T | null> {
  try {
    return await request;
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

/** The problems list a 422 from publish carries next to its detail. */
export function problemsOf<T>(error: unknown): T[] {
  if (!(error instanceof ApiError)) return [];
  const problems = (error.problem as { problems?: unknown }).problems;
  return Array.isArray(problems) ? (problems as T[]) : [];
}
