/** The `reader-widgets/react` components in React 19 (the root's react and react-dom). */
import { expect } from '@open-wc/testing';
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import * as components from '../../src/react.js';
import { describeReactComponents } from './react-components.suite.js';

describe('React version under test', () => {
  it('is React 19', () => expect(React.version).to.match(/^19\./));
});

describeReactComponents({ React, createRoot, components });
