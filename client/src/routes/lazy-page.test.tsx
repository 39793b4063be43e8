import { render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { describe, expect, it } from 'vitest';
import { lazyPage } from './lazy-page';

describe('lazyPage', () => {
  it('shows the fallback while the chunk loads, then the page', async () => {
    const Page = lazyPage(() => Promise.resolve(() => <p>page</p>));
    render(
      <Suspense fallback={<p>loading</p>}>
        <Page />
      </Suspense>,
    );
    expect(screen.getByText('loading')).toBeInTheDocument();
    expect(await screen.findByText('page')).toBeInTheDocument();
  });

  it('renders a preloaded page at once, without the fallback', async () => {
    const Page = lazyPage(() => Promise.resolve(() => <p>page</p>));
    await Page.preload();
    render(
      <Suspense fallback={<p>loading</p>}>
        <Page />
      </Suspense>,
    );
    expect(screen.getByText('page')).toBeInTheDocument();
  });

  it('tries a failed download again', async () => {
    let attempts = 0;
    const Page = lazyPage(() => (++attempts === 1 ? Promise.reject(new Error('offline')) : Promise.resolve(() => <p>page</p>)));
    await expect(Page.preload()).rejects.toThrow('offline');
    await Page.preload();
    expect(attempts).toBe(2);
  });
});
