import * as common from './messages/common';
import * as designer from './messages/designer';
import * as inbox from './messages/inbox';

export const languages = ['en', 'zh'] as const;
export type Language = (typeof languages)[number];

const english = { ...common.en, ...inbox.en, ...designer.en };
export type MessageKey = keyof typeof english;

export const catalog: Record<Language, Record<MessageKey, string>> = {
  en: english,
  zh: { ...common.zh, ...inbox.zh, ...designer.zh },
};
