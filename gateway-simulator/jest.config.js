// ESM + ts-jest: tests import the TypeScript sources directly, `.js` specifiers map back to `.ts`.
// isolatedModules (transpile only, no type-check in Jest; `npm run typecheck` does that) comes
// from tsconfig.base.json, where ts-jest 29.4 wants it rather than in its own options.
/** @type {import('jest').Config} */
export default {
  preset: 'ts-jest/presets/default-esm',
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/tests/browser/'],
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: '<rootDir>/tsconfig.json' }],
  },
  testTimeout: 20000,
};
