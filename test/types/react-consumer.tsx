// A React 19 app's view of the package: one type import turns on the generated JSX types.
import type {} from 'reader-widgets/types/react';
import type { ArticleInput } from 'reader-widgets';

const article: ArticleInput = { title: 'Hello', author: { name: 'Ann' }, publishedAt: '2025-12-02 21:32:06' };
const log = (message: string) => message;

export const ArticlePage = () => (
  <article-view
    article={article}
    theme="dark"
    heading-level={1}
    date-style="relative"
    hide="image tags"
    timeout={5}
    now={new Date(0)}
    messages={{ minRead: '{n} min' }}
    onreader-load={(event) => log(String(event.detail.data))}
    onreader-error={(event) => log(event.detail.message)}
  />
);

// @ts-expect-error theme is 'auto' | 'light' | 'dark'
export const BadTheme = () => <article-view theme="blue" />;

// @ts-expect-error there is no `articel` prop
export const Typo = () => <article-view articel={article} />;

// @ts-expect-error timeout is a number of seconds
export const BadTimeout = () => <article-view timeout="soon" />;

// @ts-expect-error the error event's detail has a message string, not a number
export const BadHandler = () => <article-view onreader-error={(event) => event.detail.message.toFixed()} />;

// @ts-expect-error date-style is 'auto' | 'relative' | 'absolute'
export const BadDateStyle = () => <article-view date-style="soon" />;

// @ts-expect-error an unknown tag is still an error: the types add elements, they do not open JSX up
export const Unknown = () => <article-veiw article={article} />;

// @ts-expect-error an article needs a title
export const NoTitle = () => <article-view article={{ summary: 'no title' }} />;

// @ts-expect-error items is a list of articles, not a single string
export const BadItems = () => <related-list items={['just a headline']} />;
