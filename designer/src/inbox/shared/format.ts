import { useMemo } from 'react';
import { useI18n } from '../../i18n/I18n';

const digitsCache = new Map<string, number>();

/** How many minor units a currency has (CNY 2, JPY 0), as the platform's Intl data says. */
export function minorDigits(currency: string): number {
  let digits = digitsCache.get(currency);
  if (digits === undefined) {
    try {
      digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    } catch {
      digits = 2;
    }
    digitsCache.set(currency, digits);
  }
  return digits;
}

/** The host sends UTC times; one without a zone designator is UTC too (never the browser's local time). */
export function parseUtc(iso: string): Date {
  return new Date(/T.*(Z|[+-]\d\d:?\d\d)$/.test(iso) || !iso.includes('T') ? iso : `${iso}Z`);
}

export interface Formatters {
  /** An amount in minor units shown in major units with its currency, e.g. 1234500 CNY → CN¥12,345.00. */
  money: (minor: number | null | undefined, currency: string | null | undefined) => string;
  dateTime: (iso: string | null | undefined) => string;
  date: (iso: string | null | undefined) => string;
  number: (value: number | null | undefined, fractionDigits?: number) => string;
  percent: (ratio: number | null | undefined) => string;
}

/** Formatters in the chosen language's conventions. */
export function useFormat(): Formatters {
  const { locale } = useI18n();
  return useMemo(() => {
    const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
    return {
      money: (minor, currency) => {
        if (minor === null || minor === undefined) return '—';
        if (!currency) return new Intl.NumberFormat(locale).format(minor);
        const digits = minorDigits(currency);
        return new Intl.NumberFormat(locale, { style: 'currency', currency, minimumFractionDigits: digits, maximumFractionDigits: digits })
          .format(minor / 10 ** digits);
      },
      dateTime: iso => (iso ? dateTime.format(parseUtc(iso)) : '—'),
      date: iso => (iso ? date.format(parseUtc(iso)) : '—'),
      number: (value, fractionDigits = 0) =>
        value === null || value === undefined ? '—' : new Intl.NumberFormat(locale, { maximumFractionDigits: fractionDigits }).format(value),
      percent: ratio => (ratio === null || ratio === undefined ? '—' : percent.format(ratio)),
    };
  }, [locale]);
}
