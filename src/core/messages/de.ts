// Typed where `core/messages.ts` loads it (its table of built-in languages), so this file imports
// nothing: the language tables and the module that loads them form no cycle.
const messages = {
  minRead: '{n} Min. Lesezeit',
  views: { one: '{n} Aufruf', other: '{n} Aufrufe' },
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
  newItems: { one: '{n} neuer Eintrag', other: '{n} neue Einträge' },
  errorPrefix: 'Dieser Inhalt kann nicht angezeigt werden.',
  errorData: 'Die Daten haben kein lesbares Format.',
  errorTooLarge: 'Die Daten sind zu groß.',
  errorNetwork: 'Laden fehlgeschlagen.',
  errorHttp: 'Der Server antwortete mit Fehler {n}.',
  errorTimeout: 'Das Laden hat zu lange gedauert.',
  retry: 'Erneut versuchen',
};

export default messages;
