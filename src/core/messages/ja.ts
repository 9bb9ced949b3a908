// Typed where `core/messages.ts` loads it (its table of built-in languages), so this file imports
// nothing: the language tables and the module that loads them form no cycle.
const messages = {
  minRead: '{n}分で読めます',
  views: '{n}回閲覧',
  by: '著者',
  listSeparator: '、',
  updated: '更新',
  tags: 'タグ',
  related: '関連記事',
  trending: '注目',
  pause: '一時停止',
  play: '再生',
  previous: '前へ',
  next: '次へ',
  loading: '読み込み中…',
  empty: 'まだ何もありません。',
  newItems: '新着 {n} 件',
  errorPrefix: 'このコンテンツを表示できません。',
  errorData: 'データの形式を読み取れません。',
  errorTooLarge: 'データが大きすぎます。',
  errorNetwork: '読み込めませんでした。',
  errorHttp: 'サーバーがエラー {n} を返しました。',
  errorTimeout: '読み込みに時間がかかりすぎました。',
  retry: '再試行',
};

export default messages;
