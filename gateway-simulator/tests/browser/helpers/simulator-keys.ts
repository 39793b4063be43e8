// The simulator's default local keys (README), shared by the test helpers.
export const SERVER_KEY = 'SB-Mid-server-lunas-local-simulator';
export const CLIENT_KEY = 'SB-Mid-client-lunas-local-simulator';
