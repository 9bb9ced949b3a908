// Arabic: phrased around the number ("reading time: 3 min", "views: 1,200") so no plural forms are needed.
// Typed where `core/messages.ts` loads it (its table of built-in languages), so this file imports
// nothing: the language tables and the module that loads them form no cycle.
const messages = {
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
  newItems: {
    zero: 'لا عناصر جديدة',
    one: 'عنصر جديد واحد',
    two: 'عنصران جديدان',
    few: '{n} عناصر جديدة',
    many: '{n} عنصرًا جديدًا',
    other: '{n} عنصر جديد',
  },
  errorPrefix: 'تعذّر عرض هذا المحتوى.',
  errorData: 'تنسيق البيانات غير مقروء.',
  errorTooLarge: 'البيانات كبيرة جدًا.',
  errorNetwork: 'تعذّر التحميل.',
  errorHttp: 'ردّ الخادم بالخطأ {n}.',
  errorTimeout: 'استغرق التحميل وقتًا طويلًا.',
  retry: 'إعادة المحاولة',
};

export default messages;
