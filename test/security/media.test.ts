/**
 * Media in article bodies load nothing before the reader asks for them: an article far below the
 * viewport makes no request for a video or audio file, a `<source>`, a `<track>` or a poster, and a
 * `<picture>` does not tell the feed's server the reader's viewport or colour scheme. The recording
 * "third party" (test/security/server.mjs) sees every request, so a leak is seen, not guessed.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { part } from '../helpers.js';
import { exfilLog, exfilUrl, renderArticle, settle } from './harness.js';

let run = 0;

/** Ids unique to this test run, so no cache (or an earlier test) answers for them. */
const idsFor = (...names: string[]) => {
  run += 1;
  const stamp = `${Date.now()}-${run}`;
  return Object.fromEntries(names.map((name) => [name, `media-${name}-${stamp}`]));
};

/** The ids in the third party's log (its paths end in the encoded id). */
async function requested(): Promise<string[]> {
  return (await exfilLog()).map((path) => decodeURIComponent(path.slice(path.lastIndexOf('/') + 1).split('?')[0]));
}

/** Which of this test's ids the third party has seen (a late request of an earlier test is not ours). */
async function requestedOf(ids: Record<string, string>): Promise<string[]> {
  const seen = await requested();
  return Object.values(ids).filter((id) => seen.includes(id));
}

/**
 * Waits until a request the page makes now has reached the third party: an ordinary image outside the
 * widget, loaded after the article rendered. A media load the article started would be on its way by then.
 */
async function requestsSettled(): Promise<void> {
  await settle(); // not settle(root): decoding a lazy image far below the fold would wait for ever
  const control = Object.assign(new Image(), { src: exfilUrl(`control-${Date.now()}-${run}`) });
  await control.decode().catch(() => undefined);
  await settle();
}

describe('media in bodies load nothing until the reader asks', () => {
  let spacer: HTMLElement;
  let container: HTMLElement;

  beforeEach(async () => {
    await exfilLog(true);
    // The article starts far below the fold: further than any engine's lazy-loading margin.
    spacer = Object.assign(document.createElement('div'), { style: 'height: 20000px' });
    container = document.createElement('div');
    document.body.append(spacer, container);
    scrollTo(0, 0);
  });

  afterEach(() => {
    spacer.remove();
    container.remove();
    scrollTo(0, 0);
  });

  it('video and audio, their sources, tracks and posters make no request before the reader scrolls or plays', async () => {
    const ids = idsFor('poster', 'video', 'video-auto', 'source', 'subtitles', 'metadata', 'chapters', 'audio', 'audio-source');
    const url = (name: string) => exfilUrl(ids[name]);
    const bodyHtml = `<p>Text.</p>
      <video controls poster="${url('poster')}" src="${url('video')}"></video>
      <video controls preload="auto" src="${url('video-auto')}"></video>
      <video controls preload="metadata">
        <source src="${url('source')}" type="video/mp4">
        <track kind="subtitles" srclang="en" label="English" src="${url('subtitles')}">
        <track kind="metadata" src="${url('metadata')}">
        <track kind="Chapters" srclang="en" src="${url('chapters')}">
      </video>
      <audio controls src="${url('audio')}"></audio>
      <audio controls preload="auto"><source src="${url('audio-source')}"></audio>`;
    const { el, event } = await renderArticle({ title: 'Media', bodyHtml }, container);
    expect(event).to.equal('reader-load');
    const body = part(el, 'body')!;
    await requestsSettled();

    expect(await requestedOf(ids)).to.deep.equal([]);
    const media = [...body.querySelectorAll('video, audio')];
    expect(media.map((m) => m.getAttribute('preload'))).to.deep.equal(['none', 'none', 'none', 'none', 'none']);
  });

  it('a poster loads once the video comes near the viewport, and the video once the reader plays it', async () => {
    const ids = idsFor('poster', 'video');
    const bodyHtml = `<video controls muted poster="${exfilUrl(ids.poster)}" src="${exfilUrl(ids.video)}"></video>`;
    const { el } = await renderArticle({ title: 'Media', bodyHtml }, container);
    const video = part(el, 'body')!.querySelector('video')!;
    await requestsSettled();
    expect(await requestedOf(ids), 'before scrolling').to.deep.equal([]);

    video.scrollIntoView();
    await waitUntil(async () => (await requested()).includes(ids.poster), 'the poster loads near the viewport', { timeout: 10000 });
    expect(await requested(), 'scrolled to, not played').not.to.include(ids.video);

    video.muted = true;
    video.play().catch(() => undefined);
    await waitUntil(async () => (await requested()).includes(ids.video), 'the video loads when played', { timeout: 10000 });
  });

  it('<picture> ignores <source media> conditions (no viewport or colour scheme reaches the server) and stays lazy', async () => {
    const ids = idsFor('narrow', 'dark', 'any', 'img');
    const bodyHtml = `<picture>
        <source srcset="${exfilUrl(ids.narrow)}" media="(max-width: 1px)">
        <source srcset="${exfilUrl(ids.dark)}" media="(prefers-color-scheme: dark)">
        <source srcset="${exfilUrl(ids.any)}">
        <img src="${exfilUrl(ids.img)}" alt="">
      </picture>`;
    const { el } = await renderArticle({ title: 'Picture', bodyHtml }, container);
    const body = part(el, 'body')!;
    await requestsSettled();
    expect(await requestedOf(ids), 'before scrolling').to.deep.equal([]);

    body.querySelector('picture')!.scrollIntoView();
    // Without conditions the first source is always the one chosen, whatever the reader's screen.
    await waitUntil(async () => (await requestedOf(ids)).length > 0, 'the picture loads near the viewport', { timeout: 10000 });
    expect(await requestedOf(ids)).to.deep.equal([ids.narrow]);
    expect([...body.querySelectorAll('source')].map((s) => s.getAttribute('media'))).to.deep.equal([null, null, null]);
  });
});
