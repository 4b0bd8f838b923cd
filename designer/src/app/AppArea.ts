import type { ReactElement } from 'react';
import type { MessageKey } from '../i18n/catalog';

/** A link in the main navigation; shown only to members of one of `groups` (all staff when absent). */
export interface NavItem {
  to: string;
  label: MessageKey;
  groups?: string[];
}

/** A page of the app at a path under the signed-in shell. */
export interface PageRoute {
  path: string;
  element: ReactElement;
}

/** One area of the app (inbox and cases; designer): its pages and its navigation links. */
export interface AppArea {
  routes: PageRoute[];
  nav: NavItem[];
}
