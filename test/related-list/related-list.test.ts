import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/related-list/define.js';
import type { RelatedList } from '../../src/related-list/related-list.js';
import { part, parts } from '../helpers.js';
import { NOW, sampleItems } from './fixtures.js';

const titles = (el: Element) => parts(el, 'title').map((t) => t.textContent);

describe('<related-list> input paths', () => {
  afterEach(() => sinon.restore());

  it('renders the items attribute (JSON text) and fires reader-load with the normalized list', async () => {
    const el = document.createElement('related-list');
    el.setAttribute('lang', 'en');
    const loaded = oneEvent(el, 'reader-load');
    el.setAttribute('items', JSON.stringify(sampleItems()));
    document.body.append(el);
    const event = await loaded;
    expect(titles(el)).to.deep.equal([
      'Harbour town reopens its tidal pool',
      'A night bus that became a library',
      'What the river remembers',
    ]);
    const data = event.detail.data as Array<{ publishedAt: Date }>;
    expect(data).to.have.length(3);
    expect(data[0].publishedAt).to.be.instanceOf(Date);
    expect(part(el, 'heading')!.textContent).to.equal('Related');
    el.remove();
  });

  it('renders an array given as the items property', async () => {
    const el = await fixture<RelatedList>(html`<related-list .items=${sampleItems()}></related-list>`);
    expect(parts(el, 'item')).to.have.length(3);
  });

  it('renders {items: [...]} given as the property', async () => {
    const el = await fixture<RelatedList>(html`<related-list .items=${{ items: sampleItems().slice(1) }}></related-list>`);
    expect(titles(el)).to.deep.equal(['A night bus that became a library', 'What the river remembers']);
  });

  it('renders a single article object as a list of one', async () => {
    const el = await fixture<RelatedList>(html`<related-list .items=${sampleItems()[2]}></related-list>`);
    expect(titles(el)).to.deep.equal(['What the river remembers']);
  });

  it('lets a property set after the attribute win', async () => {
    const el = await fixture<RelatedList>(html`<related-list items=${JSON.stringify(sampleItems())}></related-list>`);
    el.items = [{ title: 'Only this one', url: '#only' }];
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Only this one']);
  });

  it('fetches src (fetch stubbed at the network boundary) with a placeholder meanwhile', async () => {
    let answer!: (response: Response) => void;
    const fetchStub = sinon.stub(window, 'fetch').returns(new Promise<Response>((resolve) => (answer = resolve)));
    const el = await fixture<RelatedList>(html`<related-list src="/feeds/related.json"></related-list>`);
    expect(part(el, 'placeholder')).to.exist;
    expect(part(el, 'placeholder')!.getAttribute('aria-busy')).to.equal('true');
    expect(part(el, 'placeholder')!.getBoundingClientRect().height).to.be.greaterThan(100);
    const loaded = oneEvent(el, 'reader-load');
    answer(new Response(JSON.stringify({ items: sampleItems() }), { headers: { 'content-type': 'application/json' } }));
    await loaded;
    expect(String(fetchStub.firstCall.args[0])).to.contain('/feeds/related.json');
    expect(fetchStub.firstCall.args[1]!.credentials).to.equal('omit');
    expect(titles(el)).to.have.length(3);
    expect(part(el, 'placeholder')).to.equal(null);
  });

  it('lets items set while src is in flight win over the late answer', async () => {
    let answer!: (response: Response) => void;
    sinon.stub(window, 'fetch').returns(new Promise<Response>((resolve) => (answer = resolve)));
    // A second list on the same URL shares the request and shows the late answer: once it has, the
    // first list has been offered the same answer too (a settle point instead of a sleep).
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><related-list src="/feeds/slow.json"></related-list><related-list src="/feeds/slow.json"></related-list></div>`,
    );
    const [el, witness] = wrapper.querySelectorAll('related-list');
    el.items = [{ title: 'Set by the app', url: '#app' }];
    await el.updateComplete;
    const witnessLoaded = oneEvent(witness, 'reader-load');
    answer(new Response(JSON.stringify(sampleItems()), { headers: { 'content-type': 'application/json' } }));
    await witnessLoaded;
    await el.updateComplete;
    expect(titles(witness)).to.have.length(3);
    expect(titles(el)).to.deep.equal(['Set by the app']);
  });

  it('never parses a title or an excerpt as HTML', async () => {
    const el = await fixture<RelatedList>(
      html`<related-list
        layout="cards"
        .items=${[{ title: '<img src=x onerror="window.pwned=1">Title', summary: '<b>bold</b> & <script>x()</script>', url: '#x' }]}
      ></related-list>`,
    );
    expect(part(el, 'title')!.textContent).to.equal('<img src=x onerror="window.pwned=1">Title');
    expect(part(el, 'excerpt')!.textContent).to.equal('<b>bold</b> & <script>x()</script>');
    expect(el.shadowRoot!.querySelector('b, script, img:not([part~="image"])')).to.equal(null);
  });

  it('never loads the sanitizer: titles and excerpts are plain text', () => {
    const loaded = performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(loaded.some((name) => name.includes('/src/related-list/related-list.ts'))).to.equal(true);
    expect(loaded.filter((name) => /sanitize|dompurify|purify/i.test(name))).to.deep.equal([]);
  });
});

describe('<related-list> language', () => {
  it('loads the words of its language before showing anything, and fires reader-load with them on screen', async () => {
    // Korean is used by no other test in this file, so its table is not loaded yet.
    const host = await fixture<HTMLDivElement>(html`<div lang="ko"></div>`);
    const el = document.createElement('related-list');
    const headings: string[] = [];
    const loaded = new Promise<string | undefined>((resolve) =>
      el.addEventListener('reader-load', () => resolve(part(el, 'heading')?.textContent ?? undefined), { once: true }),
    );
    el.items = sampleItems();
    host.append(el);
    const observer = new MutationObserver(() => {
      const heading = part(el, 'heading')?.textContent;
      if (heading) headings.push(heading);
    });
    observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
    expect(await loaded).to.equal('관련 기사');
    await el.updateComplete;
    observer.disconnect();
    expect(headings).to.include('관련 기사');
    expect(headings, 'never English first').not.to.include('Related');
  });
});

describe('<related-list> layouts', () => {
  it('list: title and date, no thumbnail or excerpt; dates follow the pinned clock and the page language', async () => {
    const el = await fixture<RelatedList>(html`<related-list lang="en" .now=${NOW} .items=${sampleItems()}></related-list>`);
    expect(el.layout).to.equal('list');
    const dates = parts(el, 'date').map((d) => d.textContent);
    expect(dates.slice(0, 2)).to.deep.equal(['9 hours ago', '3 days ago']);
    expect(dates[2]).to.match(/^Nov 20, 2025, \d{1,2}:\d{2} [AP]M$/); // older than a week: absolute, local time
    expect(part(el, 'date')!.getAttribute('datetime')).to.equal('2025-12-01T09:00:00.000Z');
    expect(parts(el, 'thumbnail')).to.have.length(0);
    expect(parts(el, 'excerpt')).to.have.length(0);
    expect(parts(el, 'source')).to.have.length(0);
  });

  it('cards: thumbnail, title, excerpt and meta with the source', async () => {
    const el = await fixture<RelatedList>(html`<related-list layout="cards" lang="en" .now=${NOW} .items=${sampleItems()}></related-list>`);
    expect(parts(el, 'thumbnail')).to.have.length(3);
    expect(parts(el, 'excerpt').map((e) => e.textContent)).to.deep.equal([
      'After two winters of repairs the 1930s sea pool is open again, with a new ramp and heated changing rooms.',
      'Volunteers turned a retired double-decker into a rolling reading room.',
      'Old flood marks on a bridge tell a story the records forgot.',
    ]);
    expect(part(el, 'meta')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('9 hours ago · Coast Weekly');
  });

  it('compact: titles only', async () => {
    const el = await fixture<RelatedList>(html`<related-list layout="compact" .now=${NOW} .items=${sampleItems()}></related-list>`);
    expect(parts(el, 'title')).to.have.length(3);
    expect(parts(el, 'meta')).to.have.length(0);
    expect(parts(el, 'excerpt')).to.have.length(0);
    expect(parts(el, 'thumbnail')).to.have.length(0);
    expect(getComputedStyle(part(el, 'title')!).webkitLineClamp).to.equal('1');
  });

  it('an unknown layout falls back to list', async () => {
    const el = await fixture<RelatedList>(html`<related-list layout="carousel" .now=${NOW} .items=${sampleItems()}></related-list>`);
    expect(parts(el, 'date')).to.have.length(3);
    expect(parts(el, 'thumbnail')).to.have.length(0);
  });

  it('cards follow the width of their container, not the viewport', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 20rem">
        <related-list layout="cards" .items=${sampleItems()}></related-list>
      </div>`,
    );
    const el = wrapper.querySelector('related-list')!;
    await el.updateComplete;
    const columns = () => getComputedStyle(part(el, 'list')!).gridTemplateColumns.split(' ').length;
    const thumbBesideText = () => part(el, 'thumbnail')!.getBoundingClientRect().right <= part(el, 'title')!.getBoundingClientRect().left;
    expect(columns()).to.equal(1);
    expect(thumbBesideText()).to.equal(true);
    wrapper.style.width = '60rem';
    await new Promise(requestAnimationFrame);
    expect(columns()).to.be.greaterThan(1);
    expect(thumbBesideText()).to.equal(false);
    expect(part(el, 'thumbnail')!.getBoundingClientRect().bottom).to.be.at.most(part(el, 'title')!.getBoundingClientRect().top);
  });

  it('mirrors in a right-to-left page', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div dir="rtl" style="width: 20rem">
        <related-list layout="cards" .items=${[{ title: 'مقال ذو صلة', url: '#ar', lang: 'ar' }]}></related-list>
      </div>`,
    );
    const el = wrapper.querySelector('related-list')!;
    await el.updateComplete;
    const thumb = part(el, 'thumbnail')!.getBoundingClientRect();
    const title = part(el, 'title')!.getBoundingClientRect();
    expect(thumb.left).to.be.greaterThan(title.right - 1);
    expect(Math.round(thumb.right)).to.equal(Math.round(el.getBoundingClientRect().right));
  });
});

describe('<related-list> limit and exclude', () => {
  it('limit shows at most that many items', async () => {
    const el = await fixture<RelatedList>(html`<related-list limit="2" .items=${sampleItems()}></related-list>`);
    expect(parts(el, 'item')).to.have.length(2);
    el.limit = 0;
    await el.updateComplete;
    expect(parts(el, 'item')).to.have.length(3);
  });

  it('exclude leaves out the current article by id', async () => {
    const el = await fixture<RelatedList>(html`<related-list exclude="a2" .items=${sampleItems()}></related-list>`);
    expect(titles(el)).to.deep.equal(['Harbour town reopens its tidal pool', 'What the river remembers']);
  });

  it('exclude matches a URL written absolute or relative, and applies before limit', async () => {
    const items = [
      { title: 'Current story', url: '/news/current' },
      { title: 'Second', url: '/news/second' },
      { title: 'Third', url: 'https://other.example/third' },
    ];
    const el = await fixture<RelatedList>(
      html`<related-list limit="1" exclude=${new URL('/news/current', location.href).href} .items=${items}></related-list>`,
    );
    expect(titles(el)).to.deep.equal(['Second']);
    el.exclude = '/news/second https://other.example/third';
    el.limit = undefined;
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Current story']);
  });

  it('shows the empty state when everything is excluded', async () => {
    const el = await fixture<RelatedList>(
      html`<related-list lang="en" exclude="only" .items=${[{ id: 'only', title: 'Only' }]}></related-list>`,
    );
    expect(part(el, 'empty')!.textContent!.trim()).to.equal('Nothing here yet.');
  });
});

describe('<related-list> excerpts', () => {
  const excerpt = async (summary: string, length: number) => {
    const el = await fixture<RelatedList>(
      html`<related-list layout="cards" excerpt-length=${length} .items=${[{ title: 't', summary }]}></related-list>`,
    );
    return part(el, 'excerpt')!.textContent!;
  };

  it('cuts CJK text counting each character as two columns', async () => {
    expect(await excerpt('北约秘书长致电高市早苗宣布与日本强化安全合作', 20)).to.equal('北约秘书长致电高市…');
  });

  it('cuts Latin text at a word boundary', async () => {
    expect(await excerpt('The quiet return of the neighbourhood bookshop', 30)).to.equal('The quiet return of the…');
  });

  it('never splits an emoji ZWJ sequence or a letter from its combining mark', async () => {
    const family = '👨‍👩‍👧‍👦';
    const cut = await excerpt(family.repeat(6), 7);
    expect(cut).to.equal(family.repeat(3) + '…');
    expect(await excerpt('e\u0301'.repeat(8), 4)).to.equal('e\u0301'.repeat(3) + '…');
  });

  it('does not stack an ellipsis on a summary the feed already cut', async () => {
    expect(await excerpt('微信投票发起很简单,打开微信,点击“发现”>“小程序”...', 20)).to.equal('微信投票发起很简单…');
  });

  it('leaves a short summary as it is', async () => {
    expect(await excerpt('Short.', 120)).to.equal('Short.');
  });
});

describe('<related-list> updates', () => {
  it('updating one item of 1,000 touches only that item in the DOM', async () => {
    const items = Array.from({ length: 1000 }, (_, i) => ({
      id: `n${i}`,
      title: `Story ${i}`,
      url: `#n${i}`,
      publishedAt: '2025-11-30T12:00:00Z',
    }));
    const el = await fixture<RelatedList>(html`<related-list .now=${NOW} .items=${items}></related-list>`);
    const before = parts(el, 'item');
    expect(before).to.have.length(1000);
    const mutations: MutationRecord[] = [];
    const observer = new MutationObserver((records) => mutations.push(...records));
    observer.observe(el.shadowRoot!, { subtree: true, childList: true, attributes: true, characterData: true });
    const next = items.map((item) => ({ ...item }));
    next[500] = { ...next[500], title: 'Story 500, updated' };
    el.items = next;
    await el.updateComplete;
    mutations.push(...observer.takeRecords());
    observer.disconnect();
    const after = parts(el, 'item');
    expect(after.every((node, i) => node === before[i])).to.equal(true);
    expect(mutations.length).to.be.greaterThan(0);
    expect(mutations.every((record) => before[500].contains(record.target))).to.equal(true);
    expect(after[500].textContent).to.contain('Story 500, updated');
  });

  it('a new item at the top moves nothing else: the other items keep their nodes and text', async () => {
    const items = Array.from({ length: 1000 }, (_, i) => ({ id: `n${i}`, title: `Story ${i}`, url: `#n${i}` }));
    const el = await fixture<RelatedList>(html`<related-list .items=${items}></related-list>`);
    const before = parts(el, 'item');
    const list = part(el, 'list')!;
    const mutations: MutationRecord[] = [];
    const observer = new MutationObserver((records) => mutations.push(...records));
    observer.observe(el.shadowRoot!, { subtree: true, childList: true, attributes: true, characterData: true });
    el.items = [{ id: 'fresh', title: 'Breaking', url: '#fresh' }, ...items];
    await el.updateComplete;
    mutations.push(...observer.takeRecords());
    observer.disconnect();
    const after = parts(el, 'item');
    expect(after).to.have.length(1001);
    expect(after.slice(1).every((node, i) => node === before[i])).to.equal(true);
    expect(mutations.every((record) => record.target === list || after[0].contains(record.target))).to.equal(true);
  });

  it('an item moved to the end moves alone: the others keep their nodes, and a focused link its focus', async () => {
    const items = Array.from({ length: 5 }, (_, i) => ({ id: `m${i}`, title: `Story ${i}`, url: `#m${i}` }));
    const el = await fixture<RelatedList>(html`<related-list .items=${items}></related-list>`);
    const before = parts(el, 'item');
    const link = parts(el, 'link')[2] as HTMLAnchorElement;
    link.focus();
    const mutations: MutationRecord[] = [];
    const observer = new MutationObserver((records) => mutations.push(...records));
    observer.observe(el.shadowRoot!, { subtree: true, childList: true, attributes: true, characterData: true });
    el.items = [...items.slice(1), items[0]];
    await el.updateComplete;
    mutations.push(...observer.takeRecords());
    observer.disconnect();
    expect(titles(el)).to.deep.equal(['Story 1', 'Story 2', 'Story 3', 'Story 4', 'Story 0']);
    expect(parts(el, 'item')).to.deep.equal([...before.slice(1), before[0]]);
    const moved = new Set(mutations.flatMap((record) => [...record.addedNodes, ...record.removedNodes]));
    expect([...moved], 'only the moved item is taken out and put back').to.deep.equal([before[0]]);
    expect(el.shadowRoot!.activeElement, 'the focused link keeps its focus').to.equal(link);
  });

  it('60 lists in a row, items added, removed and shuffled (and a switch to cards and back): each shows its items in order, a kept item in its own node', async () => {
    // A fixed pseudo-random sequence (a linear congruential generator), so a failure can be replayed.
    let seed = 16;
    const random = (below: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % below;
    const pool = Array.from({ length: 12 }, (_, i) => ({ id: `s${i}`, title: `Story ${i}`, url: `#s${i}` }));
    const el = await fixture<RelatedList>(html`<related-list limit="12" .items=${pool.slice(0, 6)}></related-list>`);
    let nodes = new Map(parts(el, 'item').map((node, i) => [pool[i].id, node]));
    for (let round = 0; round < 60; round++) {
      const items = pool.filter(() => random(3) > 0);
      for (let i = items.length - 1; i > 0; i--) {
        const j = random(i + 1);
        [items[i], items[j]] = [items[j], items[i]];
      }
      const layout = round < 25 ? 'list' : round < 30 ? 'compact' : round === 30 ? 'cards' : 'list';
      if (layout !== el.layout) nodes = new Map(); // a new layout makes new nodes
      el.layout = layout;
      el.items = items;
      await el.updateComplete;
      const shown = parts(el, 'item');
      expect(titles(el), `round ${round}`).to.deep.equal(items.map((item) => item.title));
      const kept = items.filter((item) => nodes.has(item.id));
      expect(
        kept.every((item) => shown[items.indexOf(item)] === nodes.get(item.id)),
        `round ${round}: a kept item is shown in its own node`,
      ).to.equal(true);
      nodes = new Map(shown.map((node, i) => [items[i].id, node]));
    }
  });

  for (const layout of ['list', 'compact'] as const) {
    it(`${layout}: an item that gains or loses its link, date or language shows exactly that, and the others stay as they were`, async () => {
      const items = [
        { id: 'a', title: 'Alpha', url: '#a', publishedAt: '2025-12-01T09:00:00Z' },
        { id: 'b', title: 'Beta', url: '#b', publishedAt: '2025-11-30T12:00:00Z' },
        { id: 'c', title: 'Gamma' },
      ];
      const el = await fixture<RelatedList>(html`<related-list lang="en" layout=${layout} .now=${NOW} .items=${items}></related-list>`);
      const before = parts(el, 'item');
      el.items = [
        { id: 'a', title: 'Alpha', publishedAt: '2025-12-01T09:00:00Z', lang: 'fr' },
        { id: 'b', title: 'Beta', url: '#b' },
        { id: 'c', title: 'Gamma', url: '#c', publishedAt: '2025-11-20T07:15:00Z' },
      ];
      await el.updateComplete;
      const after = parts(el, 'item');
      expect(after.map((li) => li.getAttribute('lang'))).to.deep.equal(['fr', null, null]);
      expect(after.map((li) => li.querySelector('[part~="title"]')!.localName)).to.deep.equal(['span', 'a', 'a']);
      expect(after.map((li) => li.querySelector('a')?.getAttribute('href') ?? null)).to.deep.equal([null, '#b', '#c']);
      expect(titles(el)).to.deep.equal(['Alpha', 'Beta', 'Gamma']);
      expect(after[1], 'a link that stays a link keeps its item').to.equal(before[1]);
      if (layout === 'compact') {
        expect(parts(el, 'date')).to.have.length(0);
        return;
      }
      const meta = after.map((li) => li.querySelector<HTMLElement>('[part~="meta"]')!);
      expect(meta.map((p) => p.hidden)).to.deep.equal([false, true, false]);
      const dates = parts(el, 'date');
      expect(dates.map((d) => d.getAttribute('datetime'))).to.deep.equal(['2025-12-01T09:00:00.000Z', null, '2025-11-20T07:15:00.000Z']);
      expect(dates.map((d) => d.textContent)).to.deep.equal(['9 hours ago', '', dates[2].textContent]);
      expect(dates[2].textContent).to.match(/^Nov 20, 2025/);
    });
  }

  it('list, cards, compact and back: each layout shows its own markup, with the current items', async () => {
    const el = await fixture<RelatedList>(html`<related-list lang="en" .now=${NOW} .items=${sampleItems()}></related-list>`);
    const listItems = parts(el, 'item');
    for (const layout of ['cards', 'compact', 'list'] as const) {
      el.layout = layout;
      await el.updateComplete;
      expect(parts(el, 'thumbnail').length, layout).to.equal(layout === 'cards' ? 3 : 0);
      expect(parts(el, 'date').length, layout).to.equal(layout === 'compact' ? 0 : 3);
      expect(titles(el), layout).to.deep.equal(sampleItems().map((item) => item.title));
    }
    el.items = sampleItems().slice(1);
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(
      sampleItems()
        .slice(1)
        .map((item) => item.title),
    );
    expect(parts(el, 'item')).to.have.length(2);
    expect(
      parts(el, 'item').some((li) => listItems.includes(li)),
      'compact items are not list items',
    ).to.equal(false);
    expect(parts(el, 'date').map((d) => d.getAttribute('datetime'))).to.deep.equal([
      '2025-11-28T18:30:00.000Z',
      '2025-11-20T07:15:00.000Z',
    ]);
  });

  it('a change that is not about the items (the heading) leaves every item untouched', async () => {
    const el = await fixture<RelatedList>(html`<related-list lang="en" .now=${NOW} .items=${sampleItems()}></related-list>`);
    const before = parts(el, 'item');
    const mutations: MutationRecord[] = [];
    const observer = new MutationObserver((records) => mutations.push(...records));
    observer.observe(part(el, 'list')!, { subtree: true, childList: true, attributes: true, characterData: true });
    el.heading = 'Read next';
    await el.updateComplete;
    mutations.push(...observer.takeRecords());
    observer.disconnect();
    expect(part(el, 'heading')!.textContent).to.equal('Read next');
    expect(mutations).to.have.length(0);
    expect(parts(el, 'item').every((li, i) => li === before[i])).to.equal(true);
  });

  it('two lists given the same items each show all of them', async () => {
    const items = sampleItems();
    const host = await fixture<HTMLDivElement>(
      html`<div><related-list .items=${items}></related-list><related-list .items=${items}></related-list></div>`,
    );
    const [one, two] = host.querySelectorAll('related-list');
    await Promise.all([one.updateComplete, two.updateComplete]);
    expect(titles(one)).to.deep.equal(items.map((item) => item.title));
    expect(titles(two)).to.deep.equal(items.map((item) => item.title));
  });

  it('keeps items without id or url, and duplicate ids, apart', async () => {
    const el = await fixture<RelatedList>(
      html`<related-list
        .items=${[{ title: 'One' }, { title: 'Two' }, { id: 'd', title: 'Dup A' }, { id: 'd', title: 'Dup B' }]}
      ></related-list>`,
    );
    expect(titles(el)).to.deep.equal(['One', 'Two', 'Dup A', 'Dup B']);
  });
});
