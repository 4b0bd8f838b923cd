import { useI18n } from '../i18n/I18n';
import type { Language } from '../i18n/catalog';

export function LanguagePicker() {
  const { language, setLanguage, t } = useI18n();
  return (
    <label className="language-picker">
      <span className="visually-hidden">{t('language.label')}</span>
      <select aria-label={t('language.label')} value={language} onChange={e => setLanguage(e.target.value as Language)}>
        <option value="en">English</option>
        <option value="zh">简体中文</option>
      </select>
    </label>
  );
}
