// Generated benchmark data, deterministic (a seeded generator), mixed Chinese and Latin text.
import { readFileSync } from 'node:fs';

function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const HAN =
  '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可也你年能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严';
const WORDS = [
  'reader',
  'widgets',
  'render',
  'article',
  'portal',
  'network',
  'update',
  'summary',
  'China',
  'market',
  'science',
  'report',
  'city',
  'energy',
  'Lit',
  'web',
  'component',
  'layout',
  'shift',
  'budget',
];

function sentence(next, length) {
  let text = '';
  while (text.length < length) {
    if (next() < 0.7) {
      const n = 4 + Math.floor(next() * 12);
      for (let i = 0; i < n; i++) text += HAN[Math.floor(next() * HAN.length)];
      text += next() < 0.3 ? '，' : '';
    } else {
      text += ` ${WORDS[Math.floor(next() * WORDS.length)]} ${WORDS[Math.floor(next() * WORDS.length)]} `;
    }
  }
  return `${text}。`;
}

/** An article whose body has `paragraphs` mixed CJK/Latin paragraphs with inline markup and links (~200 B each). */
export function bigArticle(paragraphs = 5000) {
  const next = random(42);
  const parts = [];
  for (let i = 0; i < paragraphs; i++) {
    const a = sentence(next, 36);
    const b = sentence(next, 24);
    const inline = i % 3 === 0 ? `<a href="/news/${i}">${b}</a>` : i % 3 === 1 ? `<strong>${b}</strong>` : `<em>${b}</em>`;
    parts.push(i % 50 === 0 ? `<h2>第 ${i / 50 + 1} 节 Section</h2><p>${a}${inline}</p>` : `<p>${a}${inline}</p>`);
  }
  return {
    id: 'bench-big',
    title: '基准测试文章 Benchmark article',
    author: '测试作者',
    publishedAt: '2025-12-02T21:32:06+08:00',
    lang: 'zh-CN',
    views: 123456,
    bodyHtml: parts.join('\n'),
  };
}

/** `count` list items, each with id, title, url, summary, date and author. */
export function manyItems(count = 1000) {
  const next = random(7);
  return Array.from({ length: count }, (_, i) => ({
    id: `item-${i}`,
    title: `${sentence(next, 14)} ${i}`,
    url: `/news/${i}.html`,
    summary: sentence(next, 60),
    publishedAt: new Date(Date.UTC(2025, 11, 2, 12) - i * 3_600_000).toISOString(),
    author: i % 2 ? 'Reporter' : '记者',
    views: 1000 + i,
  }));
}

/** The seed portal page (an article, a related block, nine trending items), without remote images. */
export function seed(root) {
  const data = JSON.parse(readFileSync(`${root}/demo/data/seed-portal.json`, 'utf8'));
  const strip = (item) => ({ ...item, image: undefined });
  const trending = data.trending.map(strip);
  return { article: strip(data.article), related: trending.slice(0, 6), trending };
}
