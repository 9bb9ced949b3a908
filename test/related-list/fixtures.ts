/** Articles for the related-list tests: plain reader JSON as a site would send it. */
export function sampleItems() {
  return [
    {
      id: 'a1',
      title: 'Harbour town reopens its tidal pool',
      url: '#a1',
      summary: 'After two winters of repairs the 1930s sea pool is open again, with a new ramp and heated changing rooms.',
      publishedAt: '2025-12-01T09:00:00Z',
      image: { src: '/thumbs/pool.jpg', alt: 'The pool at high tide' },
      source: 'Coast Weekly',
    },
    {
      id: 'a2',
      title: 'A night bus that became a library',
      url: '#a2',
      summary: 'Volunteers turned a retired double-decker into a rolling reading room.',
      publishedAt: '2025-11-28T18:30:00Z',
    },
    {
      id: 'a3',
      title: 'What the river remembers',
      url: '#a3',
      summary: 'Old flood marks on a bridge tell a story the records forgot.',
      publishedAt: '2025-11-20T07:15:00Z',
      image: '/thumbs/river.jpg',
    },
  ];
}

/** The fixed clock every date assertion uses: three days after a2's date. */
export const NOW = new Date('2025-12-01T18:30:00Z');
