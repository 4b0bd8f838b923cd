import type { AppArea } from '../app/AppArea';

/** Workflow designer, rule-set editor and form designer pages (analysts). */
export const designerArea: AppArea = {
  routes: [],
  nav: [],
};
