import { expect } from '@open-wc/testing';
import { normalizeArticle, type Article } from '../../src/core/model.js';
import { newsArticleJsonLd, serializeJsonLd } from '../../src/core/structured-data.js';

function article(input: Record<string, unknown>): Article {
  const result = normalizeArticle(input);
  if (!result.ok) throw result.error;
  return result.value;
}

describe('newsArticleJsonLd', () => {
  it('describes the article as a schema.org NewsArticle with absolute URLs', () => {
    const data = newsArticleJsonLd(
      article({
        id: 'a-1',
        title: '中东局势',
        summary: 'Short summary',
        url: '/news/a-1.html',
        author: [{ name: 'Li Wei', url: 'https://example.com/li' }, 'Ann'],
        source: { name: 'Daily', url: 'https://daily.example/' },
        publishedAt: '2025-12-02T13:32:06Z',
        updatedAt: '2025-12-03T08:00:00Z',
        image: { src: 'img/lead.jpg', alt: 'A street', width: 1200, height: 675 },
        tags: ['world', 'politics'],
        views: 3456,
        lang: 'zh-CN',
      }),
      'https://portal.example/section/index.html',
    );
    expect(data).to.deep.equal({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: '中东局势',
      description: 'Short summary',
      url: 'https://portal.example/news/a-1.html',
      mainEntityOfPage: 'https://portal.example/news/a-1.html',
      identifier: 'a-1',
      image: [
        { '@type': 'ImageObject', url: 'https://portal.example/section/img/lead.jpg', width: 1200, height: 675, caption: 'A street' },
      ],
      datePublished: '2025-12-02T13:32:06.000Z',
      dateModified: '2025-12-03T08:00:00.000Z',
      author: [
        { '@type': 'Person', name: 'Li Wei', url: 'https://example.com/li' },
        { '@type': 'Person', name: 'Ann' },
      ],
      publisher: { '@type': 'Organization', name: 'Daily', url: 'https://daily.example/' },
      keywords: 'world, politics',
      inLanguage: 'zh-CN',
      interactionStatistic: { '@type': 'InteractionCounter', interactionType: 'https://schema.org/ReadAction', userInteractionCount: 3456 },
    });
  });

  it('leaves out what the article does not have, and uses the published date as modified', () => {
    const data = newsArticleJsonLd(
      article({ title: 'Only a title', publishedAt: '2025-01-01T00:00:00Z', image: 'https://cdn.example/x.jpg' }),
    );
    expect(data).to.deep.equal({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Only a title',
      image: ['https://cdn.example/x.jpg'],
      datePublished: '2025-01-01T00:00:00.000Z',
      dateModified: '2025-01-01T00:00:00.000Z',
    });
  });

  it('drops relative URLs it cannot resolve, and never carries an unsafe URL', () => {
    const data = newsArticleJsonLd(
      article({ title: 'T', url: 'javascript:alert(1)', image: 'x.jpg', author: { name: 'A', url: 'data:text/html,x' } }),
    );
    expect(data.url).to.equal(undefined);
    expect(data.image).to.equal(undefined);
    expect(data.author).to.deep.equal([{ '@type': 'Person', name: 'A' }]);
  });
});

describe('serializeJsonLd', () => {
  const hostile = 'Breaking </script><script>alert(1)</script> <!-- x --> & \u2028line\u2029para';

  it('can never end the script element or open a comment, whatever the title says', () => {
    const text = serializeJsonLd(newsArticleJsonLd(article({ title: hostile, summary: '</SCRIPT >' })));
    expect(text).not.to.match(/<|>|&|\u2028|\u2029/);
    expect(text).to.include('\\u003c/script\\u003e');
  });

  it('reads back as exactly the same data', () => {
    const data = newsArticleJsonLd(article({ title: hostile, tags: ['a&b', '<i>'] }));
    expect(JSON.parse(serializeJsonLd(data))).to.deep.equal(data);
  });

  it('stays one script when the page is serialized and parsed again', () => {
    const doc = document.implementation.createHTMLDocument('');
    const script = doc.createElement('script');
    script.type = 'application/ld+json';
    script.textContent = serializeJsonLd(newsArticleJsonLd(article({ title: hostile })));
    doc.body.append(script);
    const reparsed = new DOMParser().parseFromString(doc.documentElement.outerHTML, 'text/html');
    const scripts = reparsed.querySelectorAll('script');
    expect(scripts.length).to.equal(1);
    expect(JSON.parse(scripts[0].textContent!).headline).to.equal(hostile);
  });
});
