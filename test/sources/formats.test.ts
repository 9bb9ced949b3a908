import { expect } from '@open-wc/testing';
import { loadBeforeNormalizing, normalizeArticle, normalizeList, type Article } from '../../src/core/model.js';
import { parseContentType, sniff, toReaderJson } from '../../src/sources/formats/detect.js';
import { fixture, typeOf } from './fixtures.js';

/** A fixture through the adapters and the model, the way a widget sees it. */
async function list(name: string, contentType = typeOf(name), baseUrl?: string) {
  const raw = toReaderJson(await fixture(name), contentType, undefined, { baseUrl });
  if (!raw.ok) throw new Error(raw.error.message);
  await loadBeforeNormalizing(raw.value); // as the widget does: RSS dates need the full date parser
  const result = normalizeList(raw.value);
  if (!result.ok) throw new Error(result.error.message);
  return { items: result.value, warnings: [...raw.warnings, ...result.warnings] };
}
async function article(name: string, contentType = typeOf(name), baseUrl?: string): Promise<Article> {
  const raw = toReaderJson(await fixture(name), contentType, undefined, { baseUrl });
  if (!raw.ok) throw new Error(raw.error.message);
  await loadBeforeNormalizing(raw.value);
  const result = normalizeArticle(raw.value);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}
const iso = (d: Date | undefined) => d?.toISOString();

describe('formats: JSON Feed 1.1', () => {
  it('maps every field of a feed; drops items without id; skips items without title', async () => {
    const { items, warnings } = await list('jsonfeed-feed.json', 'application/feed+json', 'https://harbour-notes.example/feed.json');
    expect(items.map((i) => i.title)).to.deep.equal(['The winter ferry timetable, explained', 'Counting gulls on the breakwater']);
    const [a, b] = items;
    expect(a.id).to.equal('https://harbour-notes.example/2025/03/ferry-timetable');
    expect(a.url).to.equal('https://harbour-notes.example/2025/03/ferry-timetable');
    expect(a.summary).to.equal('Why the 07:40 sailing moved, and what it means for commuters.');
    expect(a.bodyHtml).to.contain('<strong>07:40</strong>');
    expect(a.authors).to.deep.equal([
      {
        name: 'Maren Olsen',
        url: 'https://harbour-notes.example/people/maren',
        avatar: 'https://cdn.harbour-notes.example/people/maren-96.jpg',
      },
      { name: 'Ty Brennan', url: undefined, avatar: undefined },
    ]);
    expect(iso(a.publishedAt)).to.equal('2025-03-04T08:15:00.000Z');
    expect(iso(a.updatedAt)).to.equal('2025-03-05T10:00:00.000Z');
    expect(a.image).to.deep.include({ src: 'https://cdn.harbour-notes.example/img/ferry-1200.jpg', alt: '' });
    expect(a.tags).to.deep.equal(['ferries', 'timetables']);
    expect(a.lang).to.equal('en-GB');
    // content_text becomes escaped paragraphs; external_url resolves against the feed; the feed's author and language stand in.
    expect(b.bodyHtml).to.equal('<p>Forty-one herring gulls at dawn.</p>\n<p>Nineteen by noon, after the trawlers left.</p>');
    expect(b.url).to.equal('https://harbour-notes.example/2025/03/gulls');
    expect(b.authors.map((p) => p.name)).to.deep.equal(['The Harbour Desk']);
    expect(b.lang).to.equal('en-GB');
    expect(warnings.join('\n'))
      .to.match(/item 2 was skipped: it has no `id`/)
      .and.to.match(/items\[2\] was skipped: `title` is missing/);
  });

  it('reads a lone item as one article (banner_image as its image)', async () => {
    const a = await article('jsonfeed-item.json');
    expect(a.title).to.equal('The last lighthouse keeper retires');
    expect(a.id).to.equal('tag:harbour-notes.example,2025:lighthouse');
    expect(a.image!.src).to.equal('https://cdn.harbour-notes.example/img/lighthouse-wide.jpg');
    expect(iso(a.publishedAt)).to.equal('2025-02-21T16:00:00.000Z');
    expect(a.tags).to.deep.equal(['people', 'lighthouse']);
    expect(a.authors[0].url).to.equal('https://harbour-notes.example/people/maren');
  });
});

describe('formats: WordPress wp/v2/posts', () => {
  it('maps a list with _embed: plain-text title and excerpt, author with avatar, featured image with srcset, terms', async () => {
    (window as { __wpExcerptRan?: boolean }).__wpExcerptRan = false;
    const { items } = await list('wordpress-posts-embed.json');
    const [a, b] = items;
    expect(a.title).to.equal('Tomatoes in May – too early? & other questions');
    expect(a.summary).to.equal('Plant out after the last frost, not before …');
    expect((window as { __wpExcerptRan?: boolean }).__wpExcerptRan).to.equal(false);
    expect(a.bodyHtml).to.contain('<em>last frost</em>');
    expect(a.id).to.equal('4121');
    expect(a.url).to.equal('https://allotment.example/2025/05/tomatoes-in-may/');
    expect(iso(a.publishedAt)).to.equal('2025-05-12T07:30:00.000Z');
    expect(iso(a.updatedAt)).to.equal('2025-05-13T09:02:10.000Z');
    expect(a.authors).to.deep.equal([
      { name: 'Priya Lal', url: 'https://allotment.example/author/priya/', avatar: 'https://secure.gravatar.example/avatar/ab12?s=96' },
    ]);
    expect(a.image).to.deep.equal({
      src: 'https://allotment.example/wp-content/uploads/2025/05/tomatoes.jpg',
      alt: 'Three trusses of green tomatoes on the vine',
      width: 2048,
      height: 1365,
      srcset:
        'https://allotment.example/wp-content/uploads/2025/05/tomatoes-300x200.jpg 300w, https://allotment.example/wp-content/uploads/2025/05/tomatoes-1024x683.jpg 1024w, https://allotment.example/wp-content/uploads/2025/05/tomatoes.jpg 2048w',
    });
    expect(a.tags).to.deep.equal(['Vegetables', 'Tomatoes', 'Frost & timing']);
    expect(b.title).to.equal('Why is my compost so hot?');
    expect(b.image).to.equal(undefined);
    expect(b.tags).to.deep.equal([]);
  });

  it('maps a list without _embed, using Jetpack / Yoast fields when present; protected posts show no body', async () => {
    const { items } = await list('wordpress-posts.json', 'text/plain');
    expect(items.map((i) => i.title)).to.deep.equal([
      'Tomatoes in May – too early? & other questions',
      'Why is my compost so hot?',
      'Members’ plot rota',
    ]);
    expect(items[0].image!.src).to.equal('https://allotment.example/wp-content/uploads/2025/05/tomatoes.jpg');
    expect(items[0].authors).to.deep.equal([]);
    expect(items[1].image).to.deep.include({
      src: 'https://allotment.example/wp-content/uploads/2025/05/compost-og.jpg',
      width: 1200,
      height: 630,
    });
    expect(items[1].authors.map((p) => p.name)).to.deep.equal(['Priya Lal']);
    expect(items[2].bodyHtml).to.equal(undefined);
    expect(items[2].summary).to.equal(undefined);
  });

  it('reads a single post, and WordPress error JSON as its message', async () => {
    const a = await article('wordpress-post-embed.json');
    expect(a.title).to.equal('Tomatoes in May – too early? & other questions');
    expect(a.image!.alt).to.equal('Three trusses of green tomatoes on the vine');
    const error = toReaderJson('{"code":"rest_post_invalid_id","message":"Invalid post ID.","data":{"status":404}}', 'application/json');
    expect(error.ok).to.equal(false);
    if (!error.ok)
      expect([error.error.message, error.error.status]).to.deep.equal(['The WordPress site answered: Invalid post ID. (404)', 404]);
  });
});

describe('formats: RSS 2.0', () => {
  it('maps content:encoded, dc:creator, categories, media:content, language; skips an item without title', async () => {
    const { items, warnings } = await list('rss.xml', 'application/rss+xml', 'https://jiangcheng-news.example/city/rss.xml');
    expect(items).to.have.length(3);
    const [a, b, c] = items;
    expect(a.title).to.equal('地铁 5 号线延长段 & 新站点今日开通');
    expect(a.url).to.equal('https://jiangcheng-news.example/city/2025/12/02/metro-line-5.html');
    expect(a.id).to.equal('jc-city-20251202-0017');
    expect(iso(a.publishedAt)).to.equal('2025-12-02T05:32:06.000Z');
    expect(a.authors.map((p) => p.name)).to.deep.equal(['林晓雯', '周航']);
    expect(a.tags).to.deep.equal(['交通', '地铁']);
    expect(a.summary).to.equal('延长段全长 12.4 公里，设 6 座车站。');
    expect(a.bodyHtml).to.contain('<strong>滨江站</strong>');
    expect(a.image).to.deep.equal({
      src: 'https://img.jiangcheng-news.example/2025/12/metro-1600.jpg',
      alt: '新开通的滨江站站台',
      width: 1600,
      height: 900,
      srcset: undefined,
    });
    expect(a.lang).to.equal('zh-CN');
    // <author> e-mail with a name, relative link resolved against the feed, image enclosure.
    expect(b.authors.map((p) => p.name)).to.deep.equal(['城市新闻部']);
    expect(b.url).to.equal('https://jiangcheng-news.example/city/2025/12/01/heating.html');
    expect(b.image!.src).to.equal('https://img.jiangcheng-news.example/2025/12/heating.jpg');
    expect(b.summary).to.equal('约 3,200 户居民将在本月用上集中供暖。');
    expect(b.bodyHtml).to.equal(undefined);
    // A permalink guid stands in for a missing link; media:thumbnail; <source>.
    expect(c.url).to.equal('https://jiangcheng-news.example/city/2025/11/30/night-run.html');
    expect(c.image).to.deep.include({ src: 'https://img.jiangcheng-news.example/2025/11/run-thumb.jpg', width: 320, height: 180 });
    expect(c.source).to.deep.equal({ name: '跑者周刊', url: 'https://runners.example/feed.xml' });
    expect(warnings.join('\n')).to.match(/items\[3\] was skipped: `title` is missing/);
  });

  it('tolerates junk before the declaration, bare ampersands and HTML entities', async () => {
    const { items } = await list('rss-sloppy.xml', 'application/octet-stream');
    expect(items[0].title).to.equal('AT&T, R&D and other things — a list');
    expect(items[0].url).to.equal('http://bits-and-bobs.example/posts/at-and-t?ref=rss&utm=feed');
    expect(items[0].summary).to.equal('Ten things we learned © 2025 …');
  });

  it("repairs references as XML reads them: HTML names become numbers, XML's five and numbers stay, every other & is escaped", async () => {
    const { parseXml } = await import('../../src/sources/formats/xml.js');
    const title = (text: string) => {
      const doc = parseXml(`<?xml version="1.0"?><rss version="2.0"><channel><title>${text}</title></channel></rss>`);
      return doc.ok ? doc.value.querySelector('title')!.textContent : doc.error.message;
    };
    expect(title('Caf&eacute; &NBSP;&amp; &#65;&#x42; R&D')).to.equal('Café \u00a0& AB R&D');
    expect(title('&#X41; &copy 2025 &nbsp.x;')).to.equal('&#X41; &copy 2025 &nbsp.x;');
    // Names that are properties of every object are no HTML names (these once became "&#function Object…").
    expect(title('&constructor; &toString; R&D')).to.equal('&constructor; &toString; R&D');
  });

  it('keeps DOCTYPE entities inert: no external entity, no expansion', async () => {
    const { items } = await list('rss-doctype.xml', 'text/xml');
    expect(items[0].title).to.equal('Secret: &secret; remote: &remote;');
    expect(items[0].summary).to.equal('&lol9;');
  });

  describe('removes the DOCTYPE wherever it stands in the prolog: its entities never expand', () => {
    const doctype = '<!DOCTYPE rss [<!ENTITY e "EXPANDED">]>';
    const feed = '<rss version="2.0"><channel><item><title>T &e;</title><link>https://news.example/1</link></item></channel></rss>';
    const cases: Record<string, string> = {
      'after a comment holding "<a"': `<?xml version="1.0"?><!-- <a href="x"> -->${doctype}${feed}`,
      'after a processing instruction holding "<a"': `<?xml version="1.0"?><?style <a b?>${doctype}${feed}`,
      'after comments and blank lines': `<?xml version="1.0"?>\n<!--a--><!-- <b> -->\n\n${doctype}\n${feed}`,
      'after a first DOCTYPE': `<?xml version="1.0"?><!DOCTYPE rss>${doctype}${feed}`,
      'after junk before the XML declaration': `junk <a> junk<?xml version="1.0"?>${doctype}${feed}`,
      'with "]" and ">" inside a comment of its subset': `<?xml version="1.0"?><!DOCTYPE rss [<!-- ]> --><!ENTITY e "EXPANDED">]>${feed}`,
      'with "]>" inside an entity value': `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY e "EXPANDED ]> here">]>${feed}`,
    };
    for (const [name, text] of Object.entries(cases)) {
      it(name, () => {
        const raw = toReaderJson(text, 'application/rss+xml');
        expect(JSON.stringify(raw)).not.to.include('EXPANDED');
        const result = raw.ok ? normalizeList(raw.value) : raw;
        expect(result.ok && result.value[0].title, JSON.stringify(raw)).to.equal('T &e;');
      });
    }

    it('a 100,000-character entity referenced 4,000 times, behind a comment, is never built', () => {
      const big = '<!ENTITY big "' + 'x'.repeat(100_000) + '">';
      const text = `<?xml version="1.0"?><!-- <a> --><!DOCTYPE rss [${big}]><rss version="2.0"><channel><item><title>t</title><link>https://news.example/1</link><description>${'&big;'.repeat(4000)}</description></item></channel></rss>`;
      const raw = toReaderJson(text, 'application/rss+xml');
      expect(raw.ok && JSON.stringify(raw.value).length).to.be.below(200_000);
    });
  });

  it('reports truncated XML and XML that is not a feed', () => {
    const truncated = toReaderJson('<?xml version="1.0"?><rss><channel><item><title>Cut', 'application/rss+xml');
    expect(!truncated.ok && truncated.error.message).to.match(/^The feed is not well-formed XML/);
    const sitemap = toReaderJson('<?xml version="1.0"?><urlset><url/></urlset>', 'application/xml');
    expect(!sitemap.ok && sitemap.error.message).to.equal('The feed is XML but neither RSS nor Atom (its root element is <urlset>).');
  });

  it('reads a feed with zero items as an empty list', () => {
    const result = toReaderJson('<rss version="2.0"><channel><title>Quiet</title></channel></rss>', 'application/rss+xml');
    expect(result.ok && result.value).to.deep.equal([]); // every adapter answers an article or a list of them
  });
});

describe('formats: Atom 1.0', () => {
  it('maps html/xhtml/text constructs, xml:base links, authors, categories, images and xml:lang', async () => {
    const { items } = await list('atom.xml', 'application/atom+xml', 'https://elsewhere.example/proxy/atom.xml');
    const [a, b, c] = items;
    expect(a.title).to.equal('Über den Grat im Nebel & zurück');
    expect(a.url).to.equal('https://bergblog.example/touren/2025/grat-im-nebel');
    expect(a.id).to.equal('tag:bergblog.example,2025-09-14:/touren/grat-im-nebel');
    expect(iso(a.publishedAt)).to.equal('2025-09-14T15:00:00.000Z');
    expect(iso(a.updatedAt)).to.equal('2025-09-14T16:20:00.000Z');
    expect(a.authors).to.deep.equal([
      { name: 'Jonas Weber', url: 'https://bergblog.example/autoren/jonas', avatar: undefined },
      { name: 'Lena Hofer', url: undefined, avatar: undefined },
    ]);
    expect(a.tags).to.deep.equal(['Touren', 'nebel']);
    expect(a.summary).to.equal('Sechs Stunden, 1.100 Höhenmeter und kaum Sicht.');
    expect(a.bodyHtml).to.equal('<p>Um sechs Uhr am <strong>Parkplatz</strong>.</p><p>Um zwölf auf dem Gipfel.</p>');
    expect(a.image).to.deep.include({ src: 'https://bergblog.example/bilder/grat-nebel.jpg', alt: 'Der Grat, halb im Nebel' });
    expect(a.lang).to.equal('de-DE');
    expect(b.lang).to.equal('en');
    expect(b.authors.map((p) => p.name)).to.deep.equal(['Lena Hofer']);
    expect(b.summary).to.equal('Most huts close on October 15.');
    expect(b.bodyHtml).to.equal('<p>Most huts close on <b>October 15</b>.</p><ul><li>Keinhütte: 12 Oct</li></ul>');
    expect(iso(b.publishedAt)).to.equal('2025-09-01T09:00:00.000Z'); // only <updated>: the date it was published, as far as anyone knows
    expect(iso(b.updatedAt)).to.equal('2025-09-01T09:00:00.000Z');
    expect(b.image).to.deep.include({ src: 'https://bergblog.example/bilder/huette-thumb.jpg', width: 400, height: 300 });
    expect(c.title).to.equal('Wetter & Lawinen: plain text content');
    expect(c.bodyHtml).to.equal('<p>Lawinenstufe 2.</p>\n<p>Vorsicht in Rinnen &lt;unter 2000 m&gt;.</p>');
  });
});

describe('formats: schema.org JSON-LD', () => {
  it('maps a NewsArticle object', async () => {
    const a = await article('jsonld-newsarticle.json', 'application/ld+json');
    expect(a.title).to.equal('Flood barrier passes its first autumn test');
    expect(a.id).to.equal('https://tidewater-times.example/2025/10/flood-barrier#article');
    expect(a.url).to.equal('https://tidewater-times.example/2025/10/flood-barrier');
    expect(a.summary).to.equal("The barrier closed twice during Sunday's surge.");
    expect(a.bodyHtml).to.equal('<p>The gates closed at 6:12 p.m.</p>\n<p>Water stopped 40 cm short of the top.</p>');
    expect(a.authors.map((p) => [p.name, p.url])).to.deep.equal([
      ['Dana Whitfield', 'https://tidewater-times.example/staff/dana-whitfield'],
      ['Luis Ortega', undefined],
    ]);
    expect(a.source).to.deep.equal({ name: 'Tidewater Times', url: 'https://tidewater-times.example/' });
    expect(iso(a.publishedAt)).to.equal('2025-10-20T01:40:00.000Z');
    expect(iso(a.updatedAt)).to.equal('2025-10-20T11:05:00.000Z');
    expect(a.image).to.deep.include({
      src: 'https://tidewater-times.example/media/barrier-16x9.jpg',
      alt: "The barrier's gates closing at dusk",
      width: 1600,
      height: 900,
    });
    expect(a.tags).to.deep.equal(['flooding', 'infrastructure', 'weather']);
    expect(a.lang).to.equal('en-US');
  });

  it('finds the BlogPosting in an array', async () => {
    const a = await article('jsonld-array.json', 'application/json');
    expect(a.title).to.equal('Lubing switches without losing a weekend');
    expect(a.url).to.equal('https://quietkeyboard.example/blog/lubing-switches');
    expect(a.authors.map((p) => p.name)).to.deep.equal(['Sam Q.']);
    expect(a.image!.src).to.equal('https://quietkeyboard.example/img/switches.jpg');
    expect(a.tags).to.deep.equal(['keyboards', 'diy']);
    expect(a.lang).to.equal('en');
    expect(a.publishedAt).to.be.instanceOf(Date);
  });

  it('resolves @id references inside @graph (author, publisher, image, page)', async () => {
    const a = await article('jsonld-graph.json', 'application/ld+json');
    expect(a.title).to.equal('Repotting a Boston fern in five steps');
    expect(a.url).to.equal('https://fernway.example/guides/repotting/');
    expect(a.authors).to.deep.equal([{ name: 'Ivy Marchetti', url: 'https://fernway.example/author/ivy/', avatar: undefined }]);
    expect(a.source).to.deep.equal({ name: 'Fernway', url: 'https://fernway.example/' });
    expect(a.image).to.deep.include({
      src: 'https://fernway.example/wp-content/uploads/fern.jpg',
      alt: 'A Boston fern lifted out of its old pot',
      width: 1280,
      height: 853,
    });
    expect(a.tags).to.deep.equal(['ferns', 'repotting']);
    expect(a.lang).to.equal('en-AU');
  });

  it('reads the article JSON-LD of an HTML page, and calls any other page an error page', async () => {
    const ld = await fixture('jsonld-newsarticle.json');
    const page = `<!doctype html><html><head><title>Flood</title><script type="application/ld+json">${ld}</script></head><body><img src="/never.png"></body></html>`;
    const result = toReaderJson(page, 'text/html');
    expect(result.ok && (result.value as { title: string }).title).to.equal('Flood barrier passes its first autumn test');
    const errorPage = toReaderJson(
      '<!DOCTYPE html><html><head><title>Oops! Page not found</title></head><body>404</body></html>',
      'text/html',
    );
    expect(!errorPage.ok && errorPage.error.message).to.equal(
      'The feed answered with a web page ("Oops! Page not found") instead of data.',
    );
  });
});

describe('formats: Ghost Content API', () => {
  it('maps posts: html, excerpts, feature image with alt, authors, public tags only', async () => {
    const { items } = await list('ghost-posts.json');
    const [a, b] = items;
    expect(a.title).to.equal('Shipping a calmer inbox');
    expect(a.id).to.equal('6650f2a1c3b4d5e6f7a8b9c0');
    expect(a.url).to.equal('https://slow-mail.example/calmer-inbox/');
    expect(a.summary).to.equal('Three settings we changed, and one we kept.');
    expect(a.bodyHtml).to.contain('read receipts');
    expect(a.image).to.deep.include({
      src: 'https://slow-mail.example/content/images/2025/05/inbox.png',
      alt: 'An empty inbox with one unread letter',
    });
    expect(a.authors).to.deep.equal([
      { name: 'Noor Haddad', url: 'https://slow-mail.example/author/noor/', avatar: 'https://slow-mail.example/content/images/noor.jpg' },
    ]);
    expect(iso(a.publishedAt)).to.equal('2025-05-20T10:00:00.000Z');
    expect(iso(a.updatedAt)).to.equal('2025-05-21T08:00:00.000Z');
    expect(a.tags).to.deep.equal(['Product']);
    expect(b.summary).to.equal('Faster search');
    expect(b.authors.map((p) => p.name)).to.deep.equal(['Ed Park']);
    expect(b.image).to.equal(undefined);
  });
});

describe('formats: reader JSON and detection', () => {
  it('passes reader JSON through unchanged', async () => {
    const { items } = await list('reader.json');
    expect(items[0]).to.deep.include({ title: 'Reader JSON passes straight through', url: '/news/r-1', views: 1204, lang: 'en' });
    expect(items[0].image).to.deep.include({ src: '/img/r-1.jpg', alt: 'A printing press' });
  });

  it('sniffs bodies whose content type lies, and parses content types', () => {
    expect(sniff(' {"a":1}', 'text/plain')).to.equal('json');
    expect(sniff('<?xml version="1.0"?><rss/>', 'application/octet-stream')).to.equal('xml');
    expect(sniff('<!DOCTYPE html><p>', 'application/json')).to.equal('html');
    expect(sniff('hello', 'text/plain')).to.equal(undefined);
    expect(parseContentType('Application/RSS+XML; Charset="GBK"')).to.deep.equal({
      essence: 'application/rss+xml',
      params: { charset: 'GBK' },
    });
  });

  it('reports truncated JSON, empty bodies, unknown formats and a forced format that does not fit', async () => {
    const truncated = toReaderJson('{"items": [{"title": "Cut', 'application/json');
    expect(!truncated.ok && truncated.error.message).to.match(/^The feed is not valid JSON/);
    expect(!truncated.ok && truncated.error.code).to.equal('invalid-json');
    const empty = toReaderJson('  ', 'application/json');
    expect(!empty.ok && empty.error.message).to.equal('The feed answered with an empty body.');
    const unknown = toReaderJson('{}', 'application/json', 'yaml');
    expect(!unknown.ok && unknown.error.message).to.match(/^format="yaml" is not one this widget reads/);
    const forced = toReaderJson(await fixture('rss.xml'), 'application/xml', 'atom');
    expect(!forced.ok && forced.error.message).to.equal('format="atom" was asked for, but the feed\'s root element is <rss>.');
    const forcedJson = toReaderJson(await fixture('wordpress-posts.json'), 'application/json', 'wordpress');
    expect(forcedJson.ok).to.equal(true);
  });
});

describe('formats: HTML fields as plain text', () => {
  it('decodes entities and drops tags, scripts, styles and comments, loading nothing', async () => {
    const { htmlToText } = await import('../../src/sources/formats/html-text.js');
    const cases: Array<[string, string | undefined]> = [
      ['Tomatoes &#8211; too early? &amp; more', 'Tomatoes – too early? & more'],
      ['<p>One</p><p>Two&hellip;</p>', 'One Two…'],
      ['Caf&eacute; &#x1F600; &zzqx; x', 'Café 😀 &zzqx; x'],
      // As the browser's parser reads them: windows-1252 for 128-159, no names from Object.prototype.
      ['Tomatoes &#150; too early', 'Tomatoes – too early'],
      ['a &constructor; b', 'a &constructor; b'],
      ['<b>bold</b><script>window.__textRan = 1</script><style>p{}</style> after', 'bold after'],
      ['<a title="a>b" href="/x">link</a><!-- hidden --> text', 'link text'],
      ['<img src="/never-loaded.png" onerror="window.__textRan = 1">alt text', 'alt text'],
      ['   ', undefined],
      ['<p></p>', undefined],
    ];
    (window as { __textRan?: number }).__textRan = 0;
    for (const [html, text] of cases) expect(htmlToText(html), html).to.equal(text);
    // A control: an image in the live page, asked for after the cases were parsed, fails and runs its
    // handler; one the cases had started would have failed by then too (not a fixed wait).
    const control = document.createElement('img');
    control.setAttribute('onerror', 'window.__controlRan = 1'); // first, so it runs before the listener below
    const failed = new Promise((resolve) => control.addEventListener('error', resolve));
    control.src = '/missing-control-image.png';
    document.body.append(control);
    await failed;
    control.remove();
    expect((window as { __controlRan?: number }).__controlRan, 'the control handler ran').to.equal(1);
    expect((window as { __textRan?: number }).__textRan).to.equal(0);
    expect(performance.getEntriesByType('resource').some((e) => e.name.includes('never-loaded'))).to.equal(false);
  });
});
