// A React 18 or 19 app's view of `reader-widgets/react`: no other type import.
import { ArticleView, RelatedList, TrendingTicker } from 'reader-widgets/react';
import type { ArticleInput, ReaderSelectDetail } from 'reader-widgets/react';

const article: ArticleInput = { title: 'Hello', author: { name: 'Ann' } };
const items: ArticleInput[] = [article, { title: 'Two', url: '/two' }];
const route = (detail: ReaderSelectDetail) => detail.url;

export const Page = () => (
  <>
    <ArticleView article={article} theme="dark" headingLevel={1} dateStyle="relative" onReaderLoad={(e) => e.detail.data} />
    <RelatedList
      items={items}
      layout="cards"
      onReaderSelect={(event) => {
        event.preventDefault();
        route(event.detail);
      }}
      onReaderError={(event) => event.detail.message.toUpperCase()}
    />
    <TrendingTicker items={items} mode="static" onReaderSelect={(event) => event.detail.item.title.toUpperCase()} />
    {/* The bare tags are typed too (React 19 sets their properties itself). */}
    <article-view article={article} date-style="absolute" />
  </>
);

// @ts-expect-error a misspelled event prop is not an event
export const Misspelled = () => <RelatedList items={items} onReaderSelct={() => {}} />;

// @ts-expect-error <article-view> fires no reader-select
export const NoSelect = () => <ArticleView article={article} onReaderSelect={() => {}} />;

// @ts-expect-error the select detail is typed: index is a number
export const BadDetail = () => <RelatedList onReaderSelect={(event) => event.detail.index.toUpperCase()} />;

// @ts-expect-error theme is 'auto' | 'light' | 'dark'
export const BadTheme = () => <ArticleView theme="blue" />;

// @ts-expect-error an article needs a title
export const NoTitle = () => <ArticleView article={{ summary: 'no title' }} />;

// @ts-expect-error the bare tag is typed without a types/react import: date-style is 'auto' | 'relative' | 'absolute'
export const BareTagChecked = () => <article-view date-style="bogus" />;

// @ts-expect-error an unknown tag is still an error
export const Unknown = () => <article-veiw />;
