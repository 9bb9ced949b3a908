/** Three English headlines with excerpts, for the ticker's tests (test/trending-ticker and test/modes). */
export const englishHeadlines = [
  {
    id: 'a',
    title: 'Harbour bridge reopens after two-year restoration',
    summary: 'Engineers replaced 4,000 rivets and repainted the whole span in its original grey.',
    url: '/news/bridge',
  },
  {
    id: 'b',
    title: 'City library extends weekend hours',
    summary: 'Branches will stay open until 8 pm on Saturdays from next month.',
    url: 'https://example.com/library',
  },
  {
    id: 'c',
    title: 'Night market returns to the old port',
    summary: 'Forty stalls, live music and a ferry that runs until midnight.',
    url: '/news/market',
  },
];
