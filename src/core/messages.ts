/**
 * Every word the widgets print themselves, per language. Owners override any string with the
 * element's `messages` property, or add a language with `registerMessages`.
 * `{n}` in a message is replaced by a number already formatted for the language.
 *
 * Built in: en, zh-CN, zh-TW, ja, ko, es, fr, de, ar. The table ships in every bundle, so it stays short:
 * only words the widgets show, and error *reasons* by code (the precise English detail of an error is
 * for the site owner and travels in the `reader-error` event).
 */
import type { ReaderErrorCode } from './errors.js';
import { canonicalLang } from './locale.js';

export interface Messages {
  minRead: string;
  views: string;
  /** Read by screen readers before the author names. */
  by: string;
  /** Between names in a list ("Ann, Bo"; "张三、李四"). */
  listSeparator: string;
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
  /** The first line of every error box. */
  errorPrefix: string;
  /** Bad JSON, wrong shape, or a format the widget does not read. */
  errorData: string;
  errorTooLarge: string;
  /** The network request failed (offline, CORS, a URL that is not http(s)). */
  errorNetwork: string;
  /** `{n}` is the HTTP status. */
  errorHttp: string;
  errorTimeout: string;
}

const en: Messages = {
  minRead: '{n} min read',
  views: '{n} views',
  by: 'By',
  listSeparator: ', ',
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
  errorData: 'The data is not in a form it can read.',
  errorTooLarge: 'The data is too large.',
  errorNetwork: 'It could not be loaded.',
  errorHttp: 'The server answered with error {n}.',
  errorTimeout: 'Loading took too long.',
};

const zhCN: Messages = {
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
  errorPrefix: '此内容无法显示。',
  errorData: '数据格式无法识别。',
  errorTooLarge: '数据过大。',
  errorNetwork: '无法加载内容。',
  errorHttp: '服务器返回错误 {n}。',
  errorTimeout: '加载超时。',
};

const zhTW: Messages = {
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
  errorPrefix: '此內容無法顯示。',
  errorData: '資料格式無法識別。',
  errorTooLarge: '資料過大。',
  errorNetwork: '無法載入內容。',
  errorHttp: '伺服器回應錯誤 {n}。',
  errorTimeout: '載入逾時。',
};

const ja: Messages = {
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
  errorPrefix: 'このコンテンツを表示できません。',
  errorData: 'データの形式を読み取れません。',
  errorTooLarge: 'データが大きすぎます。',
  errorNetwork: '読み込めませんでした。',
  errorHttp: 'サーバーがエラー {n} を返しました。',
  errorTimeout: '読み込みに時間がかかりすぎました。',
};

const ko: Messages = {
  minRead: '{n}분 읽기',
  views: '조회 {n}회',
  by: '작성자',
  listSeparator: ', ',
  updated: '업데이트',
  tags: '태그',
  related: '관련 기사',
  trending: '인기',
  pause: '일시정지',
  play: '재생',
  previous: '이전',
  next: '다음',
  loading: '불러오는 중…',
  empty: '아직 내용이 없습니다.',
  errorPrefix: '이 콘텐츠를 표시할 수 없습니다.',
  errorData: '데이터 형식을 읽을 수 없습니다.',
  errorTooLarge: '데이터가 너무 큽니다.',
  errorNetwork: '불러오지 못했습니다.',
  errorHttp: '서버가 오류 {n}을(를) 반환했습니다.',
  errorTimeout: '불러오는 데 너무 오래 걸렸습니다.',
};

const es: Messages = {
  minRead: '{n} min de lectura',
  views: '{n} visitas',
  by: 'Por',
  listSeparator: ', ',
  updated: 'Actualizado',
  tags: 'Etiquetas',
  related: 'Relacionados',
  trending: 'Tendencias',
  pause: 'Pausar',
  play: 'Reproducir',
  previous: 'Anterior',
  next: 'Siguiente',
  loading: 'Cargando…',
  empty: 'Aún no hay nada.',
  errorPrefix: 'No se puede mostrar este contenido.',
  errorData: 'Los datos no tienen un formato legible.',
  errorTooLarge: 'Los datos son demasiado grandes.',
  errorNetwork: 'No se pudo cargar.',
  errorHttp: 'El servidor respondió con el error {n}.',
  errorTimeout: 'La carga tardó demasiado.',
};

const fr: Messages = {
  minRead: '{n} min de lecture',
  views: '{n} vues',
  by: 'Par',
  listSeparator: ', ',
  updated: 'Mis à jour',
  tags: 'Mots-clés',
  related: 'À lire aussi',
  trending: 'Tendances',
  pause: 'Pause',
  play: 'Lecture',
  previous: 'Précédent',
  next: 'Suivant',
  loading: 'Chargement…',
  empty: 'Rien pour le moment.',
  errorPrefix: 'Ce contenu ne peut pas être affiché.',
  errorData: 'Les données ne sont pas dans un format lisible.',
  errorTooLarge: 'Les données sont trop volumineuses.',
  errorNetwork: 'Le chargement a échoué.',
  errorHttp: 'Le serveur a répondu par l’erreur {n}.',
  errorTimeout: 'Le chargement a pris trop de temps.',
};

const de: Messages = {
  minRead: '{n} Min. Lesezeit',
  views: '{n} Aufrufe',
  by: 'Von',
  listSeparator: ', ',
  updated: 'Aktualisiert',
  tags: 'Schlagwörter',
  related: 'Mehr zum Thema',
  trending: 'Im Trend',
  pause: 'Pausieren',
  play: 'Abspielen',
  previous: 'Zurück',
  next: 'Weiter',
  loading: 'Wird geladen…',
  empty: 'Noch nichts vorhanden.',
  errorPrefix: 'Dieser Inhalt kann nicht angezeigt werden.',
  errorData: 'Die Daten haben kein lesbares Format.',
  errorTooLarge: 'Die Daten sind zu groß.',
  errorNetwork: 'Laden fehlgeschlagen.',
  errorHttp: 'Der Server antwortete mit Fehler {n}.',
  errorTimeout: 'Das Laden hat zu lange gedauert.',
};

// Arabic: phrased around the number ("reading time: 3 min", "views: 1,200") so no plural forms are needed.
const ar: Messages = {
  minRead: 'مدة القراءة {n} د',
  views: 'المشاهدات: {n}',
  by: 'بقلم',
  listSeparator: '، ',
  updated: 'آخر تحديث',
  tags: 'الوسوم',
  related: 'مقالات ذات صلة',
  trending: 'الأكثر رواجًا',
  pause: 'إيقاف مؤقت',
  play: 'تشغيل',
  previous: 'السابق',
  next: 'التالي',
  loading: 'جارٍ التحميل…',
  empty: 'لا يوجد محتوى بعد.',
  errorPrefix: 'تعذّر عرض هذا المحتوى.',
  errorData: 'تنسيق البيانات غير مقروء.',
  errorTooLarge: 'البيانات كبيرة جدًا.',
  errorNetwork: 'تعذّر التحميل.',
  errorHttp: 'ردّ الخادم بالخطأ {n}.',
  errorTimeout: 'استغرق التحميل وقتًا طويلًا.',
};

/** Keyed by canonical BCP 47 tag (a Map, so no tag can reach `Object.prototype`). */
const tables = new Map<string, Messages>([
  ['en', en],
  ['zh-CN', zhCN],
  ['zh-TW', zhTW],
  ['ja', ja],
  ['ko', ko],
  ['es', es],
  ['fr', fr],
  ['de', de],
  ['ar', ar],
]);

/** Adds or extends a language's strings (e.g. `registerMessages('pt', {...})`); missing keys fall back to English. */
export function registerMessages(lang: string, messages: Partial<Messages>): void {
  const tag = canonicalLang(lang) ?? lang;
  tables.set(tag, { ...en, ...tables.get(tag), ...messages });
}

/**
 * The tags to try for a language, best first: the exact tag, language-script, then for Chinese the
 * Traditional table for `zh-Hant`, `zh-TW`, `zh-HK`, `zh-MO` and the Simplified one otherwise, then the
 * language alone (`fr-CA` → `fr`).
 */
function candidates(tag: string): string[] {
  const subtags = tag.split('-');
  const language = subtags[0];
  const script = subtags.find((s, i) => i > 0 && /^[A-Z][a-z]{3}$/.test(s));
  const list = [tag];
  if (script) list.push(`${language}-${script}`);
  if (language === 'zh') {
    const traditional = script ? script === 'Hant' : subtags.some((s) => s === 'TW' || s === 'HK' || s === 'MO');
    list.push(traditional ? 'zh-TW' : 'zh-CN');
  }
  list.push(language);
  return list;
}

/** The strings for a BCP 47 tag (see `candidates`), then English; `overrides` win over any table. */
export function messagesFor(lang: string | undefined, overrides?: Partial<Messages>): Messages {
  let table = en;
  const tag = lang ? canonicalLang(lang) : undefined;
  if (tag) {
    for (const candidate of candidates(tag)) {
      const found = tables.get(candidate);
      if (found) {
        table = found;
        break;
      }
    }
  }
  if (!overrides) return table;
  const merged = { ...table };
  for (const key of Object.keys(table) as Array<keyof Messages>) {
    const value = Object.prototype.hasOwnProperty.call(overrides, key) ? overrides[key] : undefined;
    if (typeof value === 'string') merged[key] = value;
  }
  return merged;
}

/** Fills `{n}` in a message. */
export function fill(message: string, n: string | number): string {
  return message.replace('{n}', String(n));
}

/** The reader-facing reason for an error, in the table's language (the HTTP status filled in). */
export function errorReason(messages: Messages, error: { code: ReaderErrorCode; status?: number }): string {
  switch (error.code) {
    case 'too-large':
      return messages.errorTooLarge;
    case 'fetch-failed':
      return messages.errorNetwork;
    case 'http':
      return fill(messages.errorHttp, error.status ?? '');
    case 'timeout':
      return messages.errorTimeout;
    default:
      return messages.errorData;
  }
}
