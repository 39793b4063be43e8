// The operator session of one GraphQL request: the httpOnly, SameSite=Strict cookie in,
// the operator looked up at most once, and the cookie set or cleared on the response.
// Over the WebSocket the browser sends the cookie with the upgrade request; there is no
// response to set one on, so signIn and signOut work over HTTP only.
import type { IncomingMessage } from 'node:http';
import type { Response } from 'express';
import type { Operator } from '../operators/operator.js';
import { notSignedIn, type OperatorService } from '../operators/operator-service.js';

export const SESSION_COOKIE = 'lunas_operator';
const TOKEN = /^[A-Za-z0-9_-]{20,100}$/;

export interface OperatorSessionContext {
  ip: string;
  token: string | undefined;
  operator(): Promise<Operator | null>;
  start(token: string, expiresAt: Date): void;
  end(): void;
}

/** The session cookie's value, if well-formed; anything else counts as no session. */
export function sessionToken(cookieHeader: string | undefined): string | undefined {
  for (const part of (cookieHeader ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === SESSION_COOKIE) {
      const token = value.join('=');
      return TOKEN.test(token) ? token : undefined;
    }
  }
  return undefined;
}

export function operatorSession(
  operators: OperatorService,
  ip: string,
  request: IncomingMessage | undefined,
  response: Response | undefined,
  secure: boolean,
): OperatorSessionContext {
  const token = sessionToken(request?.headers.cookie);
  let lookup: Promise<Operator | null> | undefined;
  const cookie = { httpOnly: true, sameSite: 'strict', secure, path: '/' } as const;
  return {
    ip,
    token,
    operator: () => (lookup ??= operators.authenticate(token)),
    start(newToken, expiresAt) {
      if (!response) throw new Error('signIn needs an HTTP request');
      response.cookie(SESSION_COOKIE, newToken, { ...cookie, expires: expiresAt });
    },
    end() {
      response?.clearCookie(SESSION_COOKIE, cookie);
    },
  };
}

/** Every admin field starts here: UNAUTHENTICATED without an operator session. */
export async function requireOperator(session: OperatorSessionContext | undefined): Promise<Operator> {
  const operator = await session?.operator();
  if (!operator) throw notSignedIn();
  return operator;
}
