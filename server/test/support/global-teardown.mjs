export default async function globalTeardown() {
  await Promise.all([globalThis.__LUNAS_TEST_REDIS__?.stop(), globalThis.__LUNAS_TEST_DB__?.stop()]);
}
