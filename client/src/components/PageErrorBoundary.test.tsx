import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Link, MemoryRouter, Route, Routes } from 'react-router';
import { LanguageProvider } from '../i18n/LanguageProvider';
import { PageErrorBoundary } from './PageErrorBoundary';

function Broken(): never {
  throw new Error('boom');
}

describe('PageErrorBoundary', () => {
  it('shows a way out instead of a blank page, and clears on navigation', async () => {
    const user = userEvent.setup();
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <LanguageProvider initial="id">
        <MemoryRouter initialEntries={['/broken']}>
          <Link to="/fine">elsewhere</Link>
          <PageErrorBoundary>
            <Routes>
              <Route path="/broken" element={<Broken />} />
              <Route path="/fine" element={<p>all good</p>} />
            </Routes>
          </PageErrorBoundary>
        </MemoryRouter>
      </LanguageProvider>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Halaman ini mengalami masalah');
    expect(screen.getByRole('button', { name: 'Muat ulang' })).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'elsewhere' }));
    expect(screen.getByText('all good')).toBeInTheDocument();
    quiet.mockRestore();
  });
});
