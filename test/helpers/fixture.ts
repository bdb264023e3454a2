// One in-process Parley (gateway and projectors) shared by the tests of a file, on its own
// streams and schema, removed after the last test.
import type { TestFn } from 'ava';
import { Api } from './api.js';
import { cleanup, startServer, testConfig, type TestServer } from './env.js';

export interface Fixture {
  server: TestServer;
  api: Api;
}

export function serverFixture(test: TestFn, overrides: Record<string, string> = {}): Fixture {
  const fx = {} as Fixture;
  test.serial.before(async () => {
    fx.server = await startServer(testConfig(overrides));
    fx.api = new Api(fx.server.http);
  });
  test.after.always(async () => {
    if (!fx.server) return;
    await fx.server.running.close();
    await cleanup(fx.server.config);
  });
  return fx;
}
