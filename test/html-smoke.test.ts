import { describe, expect, it } from '@jest/globals';
import { articleFromHtml } from '../src/load/html/index.js';

describe('smoke', () => {
  it('parses', () => {
    const a = articleFromHtml('x.html', '<html><body><article><h1>T</h1><p>Putin &amp; Aliyev met in Sochi on Monday, and they talked for hours about peace.</p></article></body></html>');
    expect(a.text).toContain('Putin & Aliyev');
  });
});
