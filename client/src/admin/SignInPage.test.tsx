import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { adminRow, connection, gqlError, meMock, OPERATOR } from '../test/admin-fixtures';
import { renderApp } from '../test/render';
import { AdminLayoutSignOut, AdminLayoutSignOutEverywhere } from './AdminLayout';
import { OrdersPageEvents, OrdersPageOrders, PAGE_SIZE } from './orders/OrdersPage';
import { NO_FILTER, toApiFilter } from './orders/order-filter';
import { SignInPageSignIn } from './SignInPage';

const credentials = { email: 'ops@lunas.id', password: 'rahasia-sekali' };
const signInAnswers = (result: object) => ({ request: { query: SignInPageSignIn, variables: credentials }, result });
const ordersMock = {
  request: { query: OrdersPageOrders, variables: { filter: toApiFilter(NO_FILTER), first: PAGE_SIZE } },
  result: { data: { adminOrders: connection([adminRow('LUNAS-20261126-0001', 'PAID')]) } },
};
const quietEvents = {
  request: { query: OrdersPageEvents },
  result: { data: { adminOrderEvents: adminRow('LUNAS-20261126-0001', 'PAID') } },
};

async function fillAndSubmit(password = credentials.password) {
  const user = userEvent.setup();
  await user.type(await screen.findByLabelText('Email'), credentials.email);
  await user.type(screen.getByLabelText('Kata sandi'), password);
  await user.click(screen.getByRole('button', { name: 'Masuk' }));
  return user;
}

describe('operator sign-in', () => {
  it('sends a signed-out operator to sign-in, then back to the desk', async () => {
    renderApp({
      route: '/admin',
      // The second `me` is the check after signIn that the browser kept the cookie.
      mocks: [meMock(null), signInAnswers({ data: { signIn: OPERATOR } }), meMock(), ordersMock, quietEvents],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Masuk operator' })).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent('/admin/sign-in?next=%2Fadmin');
    // A first visit is asked to sign in, never told that a session ended.
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.queryByText(/Sesi Anda berakhir/)).not.toBeInTheDocument();

    await fillAndSubmit();
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent(/^\/admin$/));
    expect(await screen.findByRole('link', { name: 'LUNAS-20261126-0001' })).toBeInTheDocument();
    expect(screen.getByText('Masuk sebagai ops@lunas.id')).toBeInTheDocument();
  });

  it('says so when the browser refused the session cookie, instead of "session ended"', async () => {
    renderApp({
      route: '/admin',
      // signIn answers, but the next request arrives without the cookie: `me` is null.
      mocks: [meMock(null), signInAnswers({ data: { signIn: OPERATOR } }), meMock(null)],
    });
    await fillAndSubmit();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('browser ini menolak cookie sesi');
    expect(alert).toHaveTextContent('localhost:4000');
    expect(alert).not.toHaveTextContent('Sesi Anda berakhir');
    expect(screen.getByTestId('location')).toHaveTextContent('/admin/sign-in');
  });

  it('says a wrong password plainly, clears it and keeps the focus there', async () => {
    renderApp({ route: '/admin/sign-in', mocks: [signInAnswers(gqlError('UNAUTHENTICATED', 'Wrong email or password'))] });
    await fillAndSubmit();
    expect(await screen.findByRole('alert')).toHaveTextContent('Email atau kata sandi salah.');
    expect(screen.getByLabelText('Kata sandi')).toHaveValue('');
    expect(screen.getByLabelText('Kata sandi')).toHaveFocus();
    expect(screen.getByTestId('location')).toHaveTextContent('/admin/sign-in');
  });

  it('says when sign-in is rate limited', async () => {
    renderApp({ route: '/admin/sign-in', mocks: [signInAnswers(gqlError('RATE_LIMITED'))] });
    await fillAndSubmit();
    expect(await screen.findByRole('alert')).toHaveTextContent('Terlalu banyak percobaan');
  });

  it('asks for both fields before sending anything', async () => {
    const user = userEvent.setup();
    renderApp({ route: '/admin/sign-in' });
    await user.click(await screen.findByRole('button', { name: 'Masuk' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Isi email dan kata sandi.');
    expect(screen.getByLabelText('Email')).toHaveFocus();
  });

  it('signs out and forgets what the desk showed', async () => {
    const user = userEvent.setup();
    renderApp({
      route: '/admin',
      language: 'en',
      mocks: [meMock(), ordersMock, quietEvents, { request: { query: AdminLayoutSignOut }, result: { data: { signOut: true } } }],
    });
    await screen.findByRole('link', { name: 'LUNAS-20261126-0001' });
    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Operator sign-in' })).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent('/admin/sign-in');
    expect(screen.queryByText('Signed in as ops@lunas.id')).not.toBeInTheDocument();
  });

  it('signs out everywhere, then leaves the desk', async () => {
    const user = userEvent.setup();
    renderApp({
      route: '/admin',
      language: 'en',
      mocks: [
        meMock(),
        ordersMock,
        quietEvents,
        { request: { query: AdminLayoutSignOutEverywhere }, result: { data: { signOutEverywhere: 3 } } },
      ],
    });
    await screen.findByRole('link', { name: 'LUNAS-20261126-0001' });
    await user.click(screen.getByRole('button', { name: 'Sign out everywhere' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Operator sign-in' })).toBeInTheDocument();
    expect(screen.queryByText('Signed in as ops@lunas.id')).not.toBeInTheDocument();
  });

  it('stays and says so when signing out everywhere failed', async () => {
    const user = userEvent.setup();
    renderApp({
      route: '/admin',
      language: 'en',
      mocks: [
        meMock(),
        ordersMock,
        quietEvents,
        { request: { query: AdminLayoutSignOutEverywhere }, result: gqlError('INTERNAL_SERVER_ERROR') },
      ],
    });
    await screen.findByRole('link', { name: 'LUNAS-20261126-0001' });
    await user.click(screen.getByRole('button', { name: 'Sign out everywhere' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The sessions on other devices were not ended');
    expect(screen.getByText('Signed in as ops@lunas.id')).toBeInTheDocument();
  });
});
