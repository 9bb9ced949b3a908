// Typed where `core/messages.ts` loads it (its table of built-in languages), so this file imports
// nothing: the language tables and the module that loads them form no cycle.
const messages = {
  minRead: '{n} min de lecture',
  views: { one: '{n} vue', other: '{n} vues' },
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
  newItems: { one: '{n} nouvel élément', other: '{n} nouveaux éléments' },
  errorPrefix: 'Ce contenu ne peut pas être affiché.',
  errorData: 'Les données ne sont pas dans un format lisible.',
  errorTooLarge: 'Les données sont trop volumineuses.',
  errorNetwork: 'Le chargement a échoué.',
  errorHttp: 'Le serveur a répondu par l’erreur {n}.',
  errorTimeout: 'Le chargement a pris trop de temps.',
  retry: 'Réessayer',
};

export default messages;
