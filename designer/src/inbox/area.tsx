import type { AppArea } from '../app/AppArea';

/** Inbox, case, dashboard and audit pages (approvers, supervisors, auditors). */
export const inboxArea: AppArea = {
  routes: [],
  nav: [],
};
