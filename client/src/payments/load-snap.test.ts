import { afterEach, describe, expect, it } from 'vitest';
import { loadSnap, resetSnapLoader } from './load-snap';

const URL_ = 'http://127.0.0.1:4100/snap/snap.js';
const script = () => document.getElementById('midtrans-snap-js') as HTMLScriptElement | null;

describe('loadSnap', () => {
  afterEach(() => resetSnapLoader());

  it('adds one script tag with data-client-key and resolves with window.snap', async () => {
    const first = loadSnap(URL_, 'SB-Mid-client-abc');
    const second = loadSnap(URL_, 'SB-Mid-client-abc');
    expect(document.querySelectorAll('script#midtrans-snap-js')).toHaveLength(1);
    expect(script()?.src).toBe(URL_);
    expect(script()?.dataset.clientKey).toBe('SB-Mid-client-abc');

    const snap = { pay: () => undefined };
    window.snap = snap;
    script()!.dispatchEvent(new Event('load'));
    await expect(first).resolves.toBe(snap);
    await expect(second).resolves.toBe(snap);
  });

  it('rejects when the script fails, and tries afresh next time', async () => {
    const attempt = loadSnap(URL_, 'key');
    script()!.dispatchEvent(new Event('error'));
    await expect(attempt).rejects.toThrow(/could not be loaded/);
    expect(script()).toBeNull();

    void loadSnap(URL_, 'key').catch(() => undefined);
    expect(script()).not.toBeNull();
  });

  it('rejects on timeout', async () => {
    await expect(loadSnap(URL_, 'key', 20)).rejects.toThrow(/did not load within 20 ms/);
  });
});
