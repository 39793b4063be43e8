// The one list of Midtrans modes: config parsing, the gateway and GraphQL all take it from here.
export const MIDTRANS_MODES = ['simulator', 'sandbox', 'production'] as const;
export type MidtransMode = (typeof MIDTRANS_MODES)[number];
