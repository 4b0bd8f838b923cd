import { useState, type FormEvent } from 'react';
import { ApiError } from '../api/problem';
import { useI18n } from '../i18n/I18n';
import { LanguagePicker } from '../app/LanguagePicker';
import { useSession } from './Session';

export function SignInPage() {
  const { t } = useI18n();
  const { signIn } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await signIn(email, password);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : t('session.failed'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <main className="sign-in">
      <form className="card sign-in-card" onSubmit={submit} aria-labelledby="sign-in-title">
        <h1 id="sign-in-title">{t('app.name')}</h1>
        <label>
          {t('session.email')}
          <input name="email" type="email" autoComplete="username" required value={email} onChange={e => setEmail(e.target.value)} />
        </label>
        <label>
          {t('session.password')}
          <input name="password" type="password" autoComplete="current-password" required value={password} onChange={e => setPassword(e.target.value)} />
        </label>
        {error && <p role="alert" className="error">{error}</p>}
        <button type="submit" className="primary" disabled={busy}>{t('session.signIn')}</button>
        <LanguagePicker />
      </form>
    </main>
  );
}
