// The operator desk as a person uses it: sign in at the shop's own address, open an order.
import type { Page } from 'playwright-core';

export interface Operator {
  email: string;
  password: string;
}

/**
 * Signs in at `${clientUrl}/admin` and opens the order's page. The desk's session cookie
 * is SameSite=Strict, and the stack serves the shop and the API under one host name, so
 * the desk must open at exactly the address the stack printed.
 */
export async function openOrderOnDesk(desk: Page, clientUrl: string, operator: Operator, orderId: string): Promise<void> {
  await desk.goto(`${clientUrl}/admin`);
  await desk.getByLabel('Email').fill(operator.email);
  await desk.getByLabel('Kata sandi').fill(operator.password);
  await desk.getByRole('button', { name: 'Masuk' }).click();
  await desk.getByRole('link', { name: orderId }).click();
  await desk.getByRole('heading', { name: `Pesanan ${orderId}` }).waitFor();
}
