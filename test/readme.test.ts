import { describe, it, expect } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

// Every example in the README is the CLI's real output: test/readme-examples.mjs runs each
// command between the example markers, and this test fails when the README differs from it
// (then: npm run build && node test/readme-examples.mjs).

describe('README examples', () => {
  it('are what the CLI prints today', () => {
    const r = spawnSync(process.execPath, ['test/readme-examples.mjs', '--check'], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('cover every command, and there is no hand-written table left', () => {
    const readme = fs.readFileSync('README.md', 'utf8');
    for (const command of ['entities', 'dates', 'meetings', 'ceasefires', 'graph', 'timeline', 'analyze', 'check']) {
      expect({ command, shown: readme.includes(`<!-- example`) && new RegExp(`<!-- example[^:]*: ${command} `).test(readme) }).toEqual({ command, shown: true });
    }
    // the box-drawn tables of the old renderer are gone for good
    expect(readme).not.toMatch(/^\+-{3,}\+/m);
  });
});
