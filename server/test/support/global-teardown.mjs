export default async function globalTeardown() {
  globalThis.__LUNAS_TEST_REDIS__?.stop();
  await globalThis.__LUNAS_TEST_DB__?.stop();
}
