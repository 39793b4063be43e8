export default async function globalTeardown() {
  await globalThis.__LUNAS_TEST_DB__?.stop();
}
