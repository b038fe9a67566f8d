import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';
import { ceiling } from './test/utils/ceiling.js';

const plugins = [swc.vite({ module: { type: 'es6' }, jsc: { target: 'es2022', parser: { syntax: 'typescript', decorators: true }, transform: { legacyDecorator: true, decoratorMetadata: true } } })];

export default defineConfig({
  test: {
    projects: [
      { plugins, test: { name: 'unit', include: ['src/**/__tests__/*.spec.ts'], sequence: { groupOrder: 0 } } },
      {
        plugins,
        test: {
          name: 'integration',
          include: ['test/integration/*.int-spec.ts'],
          globalSetup: ['test/utils/global-setup.ts'],
          // Ceilings, scaled for a busy machine (test/utils/ceiling.ts); tests await events.
          testTimeout: ceiling(30_000),
          hookTimeout: ceiling(60_000),
          pool: 'forks',
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
        },
      },
      {
        plugins,
        test: {
          // Three simulated years with two app processes (issue 5, R8): run once, not per database.
          name: 'simulation',
          include: ['test/simulation/*.sim-spec.ts'],
          globalSetup: ['test/utils/global-setup.ts'],
          testTimeout: 900_000,
          hookTimeout: ceiling(300_000),
          pool: 'forks',
          maxWorkers: 1,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
