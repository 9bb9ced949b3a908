/**
 * Every word the widgets print themselves, per language. Owners override any string with the
 * element's `messages` property, or add a language with `registerMessages`.
 * `{n}` in a message is replaced by a number already formatted for the language.
 */
export interface Messages {
  minRead: string;
  views: string;
  by: string;
  updated: string;
  tags: string;
  related: string;
  trending: string;
  pause: string;
  play: string;
  previous: string;
  next: string;
  loading: string;
  empty: string;
  errorPrefix: string;
}

const en: Messages = {
  minRead: '{n} min read',
  views: '{n} views',
  by: 'By',
  updated: 'Updated',
  tags: 'Tags',
  related: 'Related',
  trending: 'Trending',
  pause: 'Pause',
  play: 'Play',
  previous: 'Previous',
  next: 'Next',
  loading: 'Loading…',
  empty: 'Nothing here yet.',
  errorPrefix: 'This content could not be shown.',
};

const zhCN: Messages = {
  minRead: '阅读约 {n} 分钟',
  views: '{n} 次阅读',
  by: '作者',
  updated: '更新于',
  tags: '标签',
  related: '相关文章',
  trending: '热门',
  pause: '暂停',
  play: '播放',
  previous: '上一条',
  next: '下一条',
  loading: '加载中…',
  empty: '暂无内容',
  errorPrefix: '此内容无法显示。',
};

const tables = new Map<string, Messages>([
  ['en', en],
  ['zh-CN', zhCN],
]);

/** Adds or extends a language's strings; missing keys fall back to English. */
export function registerMessages(lang: string, messages: Partial<Messages>): void {
  tables.set(lang, { ...en, ...tables.get(lang), ...messages });
}

/** The strings for a BCP 47 tag: exact match, then the language alone (Simplified for plain `zh`), then English. */
export function messagesFor(lang: string | undefined, overrides?: Partial<Messages>): Messages {
  let table = en;
  if (lang) {
    const language = lang.split('-')[0];
    table = tables.get(lang) ?? tables.get(language) ?? (language === 'zh' && !/Hant|TW|HK|MO/i.test(lang) ? zhCN : undefined) ?? en;
  }
  return overrides ? { ...table, ...overrides } : table;
}

/** Fills `{n}` in a message. */
export function fill(message: string, n: string | number): string {
  return message.replace('{n}', String(n));
}
