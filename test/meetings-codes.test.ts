import { describe, it, expect } from '@jest/globals';
import { processText } from '../src/pipeline/process.js';
import { loadKnowledge } from '../src/knowledge/index.js';
import type { Meeting } from '../src/types.js';

// CAMEO codes and PLOVER modes of meetings told in short sentences of our own.

const k = loadKnowledge();

function only(text: string, date = '2023-06-20'): Meeting {
  const found = processText('codes.txt', text, k, { date }).meetings;
  expect(found).toHaveLength(1);
  return found[0];
}

describe('CAMEO by status', () => {
  it('gives a planned meeting 036, intent to meet', () => {
    const m = only('Nikol Pashinyan will meet Ilham Aliyev in Brussels next week.');
    expect(m).toMatchObject({ status: 'planned', cameo: '036', ploverMode: 'third-party' });
  });

  it('gives a refused or boycotted meeting 125, not a consult', () => {
    expect(only('Ilham Aliyev refused to meet Nikol Pashinyan in Granada on Thursday.')).toMatchObject({ status: 'not-held', cameo: '125' });
    expect(only('Ilham Aliyev boycotted the talks with Nikol Pashinyan in Granada.')).toMatchObject({ status: 'not-held', cameo: '125' });
  });

  it('gives a called-off or postponed meeting 164, not a consult', () => {
    expect(only('The meeting between Ilham Aliyev and Nikol Pashinyan in Washington was postponed.')).toMatchObject({ status: 'not-held', cameo: '164' });
    expect(only('A planned meeting of Nikol Pashinyan and Ilham Aliyev was cancelled on Monday.')).toMatchObject({ status: 'not-held', cameo: '164' });
  });
});

describe('CAMEO and PLOVER of held meetings', () => {
  it('codes a host and a visit by who received whom and where', () => {
    expect(only('Vladimir Putin hosted Nikol Pashinyan in Moscow on Monday.')).toMatchObject({ cameo: '043', ploverMode: 'host' });
    // met in one side's capital: the other side travelled there
    expect(only('Nikol Pashinyan met Vladimir Putin in Moscow on Monday.')).toMatchObject({ cameo: '042', ploverMode: 'visit' });
  });

  it('codes a meeting away from both countries as third-party, 044', () => {
    expect(only('Ilham Aliyev and Nikol Pashinyan met in Brussels on Monday.')).toMatchObject({ cameo: '044', ploverMode: 'third-party' });
  });

  it('codes calls and video links as phone, 041', () => {
    expect(only('Nikol Pashinyan spoke by phone with Vladimir Putin on Monday.')).toMatchObject({ mode: 'phone', cameo: '041', ploverMode: 'phone' });
    expect(only('Ilham Aliyev spoke via video link with Vladimir Putin on Monday.')).toMatchObject({ mode: 'video', cameo: '041', ploverMode: 'phone' });
  });

  it('calls a meeting of three or more multilateral, and mediation 045', () => {
    const m = only('Charles Michel mediated talks between Ilham Aliyev and Nikol Pashinyan in Brussels on Monday.');
    expect(m).toMatchObject({ cameo: '045', ploverMode: 'multilateral' });
  });

  it('leaves the PLOVER mode null when the text does not say how they met', () => {
    expect(only('Ilham Aliyev met Nikol Pashinyan on Monday.')).toMatchObject({ cameo: '040', ploverMode: null });
  });
});
