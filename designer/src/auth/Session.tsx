import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { api, onUnauthorized } from '../api/client';
import { ApiError } from '../api/problem';

/** The signed-in staff member as GET /api/v1/me describes them. */
export interface Me {
  email: string;
  displayName: string;
  groups: string[];
  orgNodeId: string;
  orgNodeName: string;
  orgPath: string;
}

interface SessionValue {
  me: Me | null;
  loading: boolean;
  signIn: (email: string, password: string) => Promise<void>;
  signOut: () => Promise<void>;
  /** True when the user is in any of the groups (admins count as every group for pages, not for data). */
  inGroup: (...groups: string[]) => boolean;
}

const SessionContext = createContext<SessionValue | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me | null>(null);
  const [loading, setLoading] = useState(true);

  const load = useCallback(async () => {
    try {
      // Ask first, so a signed-out visitor causes no failed (401) request in the console.
      const session = await api.get<{ signedIn: boolean }>('/auth/session');
      setMe(session.signedIn ? await api.get<Me>('/me') : null);
    } catch (error) {
      if (!(error instanceof ApiError) || error.status !== 401) throw error;
      setMe(null);
    } finally {
      setLoading(false);
    }
  }, []);

  useEffect(() => {
    void load();
    return onUnauthorized(() => setMe(null));
  }, [load]);

  const signIn = useCallback(async (email: string, password: string) => {
    await api.post('/auth/login?useCookies=true', { email, password });
    await load();
  }, [load]);

  const signOut = useCallback(async () => {
    await api.post('/auth/logout');
    setMe(null);
  }, []);

  const inGroup = useCallback((...groups: string[]) =>
    !!me && (me.groups.includes('admins') || groups.some(g => me.groups.includes(g))), [me]);

  return <SessionContext.Provider value={{ me, loading, signIn, signOut, inGroup }}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}
