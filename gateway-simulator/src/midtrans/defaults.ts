// Local, documented, not secret: the keys the simulator uses when none are configured.
export const DEFAULT_SERVER_KEY = 'SB-Mid-server-lunas-local-simulator';
export const DEFAULT_CLIENT_KEY = 'SB-Mid-client-lunas-local-simulator';
export const DEFAULT_PORT = 4100;
export const DEFAULT_NOTIFICATION_URL = 'http://127.0.0.1:4000/api/payments/notification';
