/** Inbox, case, dashboard and audit pages. */
export const en = {
  'inbox.title': 'Inbox',
};

export const zh: Record<keyof typeof en, string> = {
  'inbox.title': '待办',
};
