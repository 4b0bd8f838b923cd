/** Date and time of a server timestamp (UTC ISO) in the reader's language. */
export function formatWhen(value: string | null | undefined, locale: string): string {
  if (!value) return '';
  const date = new Date(value.endsWith('Z') || value.includes('+') ? value : `${value}Z`);
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}
