/** Workflow designer, rule-set editor and form designer pages. */
export const en = {
  'designer.title': 'Workflows',
};

export const zh: Record<keyof typeof en, string> = {
  'designer.title': '流程',
};
