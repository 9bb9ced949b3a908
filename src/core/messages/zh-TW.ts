// Typed where `core/messages.ts` loads it (its table of built-in languages), so this file imports
// nothing: the language tables and the module that loads them form no cycle.
const messages = {
  minRead: '閱讀約 {n} 分鐘',
  views: '{n} 次閱讀',
  by: '作者',
  listSeparator: '、',
  updated: '更新於',
  tags: '標籤',
  related: '相關文章',
  trending: '熱門',
  pause: '暫停',
  play: '播放',
  previous: '上一則',
  next: '下一則',
  loading: '載入中…',
  empty: '暫無內容',
  newItems: '{n} 則新內容',
  errorPrefix: '此內容無法顯示。',
  errorData: '資料格式無法識別。',
  errorTooLarge: '資料過大。',
  errorNetwork: '無法載入內容。',
  errorHttp: '伺服器回應錯誤 {n}。',
  errorTimeout: '載入逾時。',
  retry: '重試',
};

export default messages;
