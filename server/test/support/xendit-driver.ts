// The Xendit half of the simulator's driver API (/sim/v1/xendit), as the tests play shopper
// and Xendit with it. Every call must answer 200: the path is in the failure message.
import type { TestStack } from './test-stack.js';

export function xenditDriver(stack: () => TestStack) {
  return async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${stack().simulatorUrl}/sim/v1/xendit${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    expect([path, response.status]).toEqual([path, 200]);
    return response.json() as Promise<any>;
  };
}
