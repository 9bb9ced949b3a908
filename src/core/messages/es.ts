// Typed where `core/messages.ts` loads it (its table of built-in languages), so this file imports
// nothing: the language tables and the module that loads them form no cycle.
const messages = {
  minRead: '{n} min de lectura',
  views: { one: '{n} visita', other: '{n} visitas' },
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
  newItems: { one: '{n} elemento nuevo', other: '{n} elementos nuevos' },
  errorPrefix: 'No se puede mostrar este contenido.',
  errorData: 'Los datos no tienen un formato legible.',
  errorTooLarge: 'Los datos son demasiado grandes.',
  errorNetwork: 'No se pudo cargar.',
  errorHttp: 'El servidor respondió con el error {n}.',
  errorTimeout: 'La carga tardó demasiado.',
  retry: 'Reintentar',
};

export default messages;
