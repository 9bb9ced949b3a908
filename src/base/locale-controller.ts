/**
 * The UI language of an element, called its *locale* everywhere: the language of the widget's own words,
 * dates and numbers, and the direction of its controls. The content keeps its own language (an article's
 * `lang`); the two are separate.
 *
 * The locale is, first that applies: the owner's `locale`, the content's language when the element has
 * one (an article), the nearest `lang` on the element, an ancestor (across shadow roots) or the document,
 * the browser's language, English. The direction is the locale's when the owner or the content chose it,
 * else the page's (the nearest `dir`), else the locale's. Ancestors' `lang` and `dir` are watched, so a
 * page that switches its language after the widgets rendered switches theirs too.
 *
 * The controller also owns the words: the built-in table for the locale (loaded lazily, one small chunk per
 * language) under the owner's `messages`. While a table is on its way `pending` is set; the element shows
 * its placeholder and `updateComplete` waits, so no word is ever shown in the wrong language.
 *
 * It runs without a DOM: with no document (server rendering) the page's language is not read and nothing
 * is watched.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { canonicalLang, isRtl } from '../core/locale.js';
import { loadMessages, messagesFor, type Messages } from '../core/messages.js';

export type Direction = 'ltr' | 'rtl';

export interface LocaleSources {
  /**
   * While hydrating a server render: what it was rendered with. A server has no page, so the page's
   * `lang` and `dir` are not read; its language, when given, is used alone, with its own direction.
   */
  server?(): { lang?: string } | undefined;
  /** The owner's choice: the element's `locale`. */
  chosen(): string | undefined;
  /** The content's own language, used when the owner chose none (only `<article-view>` gives one). */
  content(): string | undefined;
  /** The owner's replacements for built-in words: the element's `messages`. */
  overrides(): Partial<Messages> | undefined;
}

type Host = ReactiveControllerHost & HTMLElement;

export class LocaleController implements ReactiveController {
  /** The locale in force (a canonical BCP 47 tag), resolved in the host's `willUpdate`. */
  locale = 'en';
  /** The direction of the widget's own text and controls. */
  dir: Direction = 'ltr';
  /** The widget's words in `locale`. */
  messages: Messages = messagesFor('en');
  /** Set while the built-in words of `locale` are loading. */
  pending?: Promise<void>;
  /** What the page said last time it was read, to tell a real change from an unrelated mutation. */
  private pageSaid = '';

  constructor(
    private readonly host: Host,
    private readonly sources: LocaleSources,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    watch(this.host, this);
  }

  hostDisconnected(): void {
    unwatch(this);
  }

  /** Resolves the locale and its words; the host calls it at the start of each `willUpdate`. */
  resolve(): void {
    const server = this.sources.server?.();
    // Hydrating: what the server knew of the page, the host's own attributes (see `readPage`).
    const page = server ? langAndDirOf(this.host) : this.readPage();
    if (!server) this.pageSaid = `${page.lang}|${page.dir}`;
    const chosen = validTag(server?.lang) ?? validTag(this.sources.chosen()) ?? validTag(this.sources.content());
    const locale = chosen ?? page.lang ?? 'en';
    this.locale = locale;
    this.dir = chosen === undefined && page.dir ? page.dir : isRtl(locale) ? 'rtl' : 'ltr';
    const loading = loadMessages(locale);
    if (loading && loading !== this.pending) {
      loading.then(() => {
        // Only the latest language's words end the wait.
        if (this.pending === loading) this.pending = undefined;
        this.host.requestUpdate();
      });
    }
    this.pending = loading;
    this.messages = messagesFor(locale, this.sources.overrides());
  }

  /** Called by the shared observer when a `lang` or `dir` changed somewhere above some element. */
  pageChanged(): void {
    const page = this.readPage();
    if (`${page.lang}|${page.dir}` !== this.pageSaid) this.host.requestUpdate();
  }

  /**
   * The nearest valid `lang` and the nearest `dir` (`ltr` or `rtl`) on the host or an ancestor, crossing
   * shadow roots; the browser's language when no element says. On a server (no connected DOM), the
   * host's own `lang` and `dir`: all of the page a server render knows.
   */
  private readPage(): { lang?: string; dir?: Direction } {
    const host = this.host;
    if (!host.isConnected) return langAndDirOf(host);
    let lang: string | undefined;
    let dir: Direction | undefined;
    for (let node: Node | null = host; node && !(lang && dir); node = node.parentNode ?? (node as ShadowRoot).host ?? null) {
      if (node.nodeType !== 1) continue;
      const own = langAndDirOf(node as Element);
      lang ??= own.lang;
      dir ??= own.dir;
    }
    lang ??= typeof navigator === 'undefined' ? undefined : validTag(navigator.language);
    return { lang, dir };
  }
}

/** An element's own valid `lang` and `dir` (`ltr` or `rtl`); nothing for a host without attributes (a server's shim). */
function langAndDirOf(element: Element): { lang?: string; dir?: Direction } {
  if (typeof element.getAttribute !== 'function') return {};
  const said = element.getAttribute('dir')?.toLowerCase();
  return { lang: validTag(element.getAttribute('lang') ?? undefined), dir: said === 'ltr' || said === 'rtl' ? said : undefined };
}

function validTag(tag: string | undefined): string | undefined {
  return tag ? canonicalLang(tag) : undefined;
}

/*
 * One observer for the whole page: `lang` and `dir` anywhere in the document, plus in each shadow root a
 * widget sits in (a document-wide observer does not see inside shadow roots). Such changes are rare, so
 * every watching controller simply re-reads its page language.
 */
let observer: MutationObserver | undefined;
const watching = new Set<LocaleController>();
const observedRoots = new WeakSet<Node>();

function watch(host: Host, controller: LocaleController): void {
  if (typeof MutationObserver === 'undefined' || typeof document === 'undefined') return;
  observer ??= new MutationObserver(() => {
    for (const each of watching) each.pageChanged();
  });
  watching.add(controller);
  for (let root = host.getRootNode(); ; root = (root as ShadowRoot).host.getRootNode()) {
    if (!observedRoots.has(root)) {
      observedRoots.add(root);
      observer.observe(root, { attributes: true, attributeFilter: ['lang', 'dir'], subtree: true });
    }
    if (!(root instanceof ShadowRoot)) break;
  }
}

function unwatch(controller: LocaleController): void {
  watching.delete(controller);
}
