/**
 * React 18 (real react@18 and react-dom@18, from the npm workspace test/frameworks/react18): React 18 sets
 * unknown props on custom elements as attribute strings, so `reader-widgets/react` is how its users pass
 * objects and hear events. The test server hands this file, and the src/react.ts it imports, React 18.
 */
import { expect } from '@open-wc/testing';
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import * as components from '../../src/react.js';
import { describeReactComponents } from './react-components.suite.js';

describe('React version under test', () => {
  it('is React 18', () => expect(React.version).to.match(/^18\./));
});

describeReactComponents({ React, createRoot, components });

// Why the components exist: the bare tag in React 18 gets "[object Object]" as an attribute string.
describe('React 18 with the bare tag (why reader-widgets/react exists)', () => {
  it('stringifies the article object into the attribute, and the element says so', async () => {
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
    const host = document.createElement('div');
    document.body.append(host);
    const root = createRoot(host);
    await React.act(async () => root.render(React.createElement('article-view', { article: { title: 'Hello' } })));
    const el = host.querySelector('article-view')!;
    await el.updateComplete;
    expect(el.getAttribute('article')).to.equal('[object Object]');
    expect(el.shadowRoot!.querySelector('[part~="error"]')!.textContent).to.contain('not valid JSON');
    await React.act(async () => root.unmount());
    host.remove();
  });
});
