// Typed where `core/messages.ts` loads it (its table of built-in languages), so this file imports
// nothing: the language tables and the module that loads them form no cycle.
const messages = {
  minRead: '阅读约 {n} 分钟',
  views: '{n} 次阅读',
  by: '作者',
  listSeparator: '、',
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
  newItems: '{n} 条新内容',
  errorPrefix: '此内容无法显示。',
  errorData: '数据格式无法识别。',
  errorTooLarge: '数据过大。',
  errorNetwork: '无法加载内容。',
  errorHttp: '服务器返回错误 {n}。',
  errorTimeout: '加载超时。',
  retry: '重试',
};

export default messages;
