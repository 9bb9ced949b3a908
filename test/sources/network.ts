/** A stubbed network for source tests: `fetch` replaced at the boundary, answers under the test's control. */
import sinon from 'sinon';

export interface Call {
  url: string;
  init: RequestInit;
  header(name: string): string | null;
}

type Handler = (call: Call) => Response | Promise<Response>;

/** A promise the test resolves when it chooses (no timers). */
export function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

/**
 * Replaces `window.fetch`. The handler's answer is returned unless the request's signal aborts first,
 * in which case the call rejects with an AbortError the way the browser does.
 */
export function stubFetch(handler: Handler) {
  const calls: Call[] = [];
  const waiting: Array<{ count: number; resolve: () => void }> = [];
  const stub = sinon.stub(window, 'fetch').callsFake((input: RequestInfo | URL, init: RequestInit = {}) => {
    const call: Call = {
      url: String(input instanceof Request ? input.url : input),
      init,
      header: (name) => new Headers(init.headers).get(name),
    };
    calls.push(call);
    for (const waiter of waiting.filter((w) => calls.length >= w.count)) {
      waiting.splice(waiting.indexOf(waiter), 1);
      waiter.resolve();
    }
    return new Promise<Response>((resolve, reject) => {
      const abort = () => reject(new DOMException('The user aborted a request.', 'AbortError'));
      if (init.signal?.aborted) return abort();
      init.signal?.addEventListener('abort', abort);
      Promise.resolve()
        .then(() => handler(call))
        .then(resolve, reject);
    });
  });
  /** Resolves once `count` requests have been made (a settle point: the lazy loading code may still be on its way). */
  const requested = (count: number) =>
    calls.length >= count ? Promise.resolve() : new Promise<void>((resolve) => waiting.push({ count, resolve }));
  return { stub, calls, requested };
}

export const json = (value: unknown, init: ResponseInit = {}) =>
  new Response(typeof value === 'string' ? value : JSON.stringify(value), {
    status: 200,
    ...init,
    headers: { 'content-type': 'application/json', ...(init.headers as Record<string, string>) },
  });

export const text = (body: string | Uint8Array, contentType: string, init: ResponseInit = {}) =>
  new Response(body as BodyInit, {
    status: 200,
    ...init,
    headers: { 'content-type': contentType, ...(init.headers as Record<string, string>) },
  });
