import type { MessageKey } from '../../../i18n/catalog';

/**
 * Reason codes a reviewer commonly gives for an adjusted or rejected line (ANSI X12 element 1172, domain-reference
 * §7). Offered as suggestions only: the field takes any code, as the host does.
 */
export const lineReasonCodes: { code: string; label: MessageKey }[] = [
  { code: 'ELH', label: 'lines.reason.ELH' },
  { code: 'ELR', label: 'lines.reason.ELR' },
  { code: 'IL', label: 'lines.reason.IL' },
  { code: 'MAP', label: 'lines.reason.MAP' },
  { code: 'HD', label: 'lines.reason.HD' },
  { code: 'DC', label: 'lines.reason.DC' },
  { code: 'WC', label: 'lines.reason.WC' },
  { code: 'WM', label: 'lines.reason.WM' },
  { code: 'PNP', label: 'lines.reason.PNP' },
  { code: 'OC', label: 'lines.reason.OC' },
  { code: 'NEW', label: 'lines.reason.NEW' },
  { code: 'EW', label: 'lines.reason.EW' },
];
