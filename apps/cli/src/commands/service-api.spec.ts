import { parseArgs } from '../args.js';
import { readAnswer, resolveServiceApi, ServiceApiError } from './service-api.js';

const parsed = (args: string[]) => parseArgs(args, { valued: ['url', 'key'] });

describe('service API access', () => {
  it('takes --url and --key over the environment', async () => {
    const env = { STANCE_INGEST_URL: 'http://env:1', STANCE_API_KEY: 'env-key' };
    expect(
      await resolveServiceApi(parsed(['--url', 'http://flag:2/', '--key', 'flag-key']), env, 'ingest'),
    ).toEqual({
      baseUrl: 'http://flag:2',
      key: 'flag-key',
    });
    expect(await resolveServiceApi(parsed([]), env, 'ingest')).toEqual({
      baseUrl: 'http://env:1',
      key: 'env-key',
    });
  });

  it('finds each service at its own variable or default', async () => {
    const env = { STANCE_AGGREGATION_URL: 'http://agg:3', STANCE_API_KEY: 'k' };
    expect(await resolveServiceApi(parsed([]), env, 'aggregation')).toEqual({
      baseUrl: 'http://agg:3',
      key: 'k',
    });
    expect(await resolveServiceApi(parsed([]), env, 'extraction')).toEqual({
      baseUrl: 'http://127.0.0.1:3002',
      key: 'k',
    });
  });

  it('refuses a URL that is not http(s)', async () => {
    await expect(resolveServiceApi(parsed(['--url', 'ftp://x', '--key', 'k']), {}, 'ingest')).rejects.toThrow(
      /http\(s\) URL/,
    );
    await expect(resolveServiceApi(parsed(['--url', 'nope', '--key', 'k']), {}, 'ingest')).rejects.toThrow(
      /http\(s\) URL/,
    );
  });

  it("turns an error answer into the service's code and message", async () => {
    const res = new Response(
      JSON.stringify({ error: { code: 'NOT_FOUND', message: 'no feed with id "x"' } }),
      { status: 404 },
    );
    await expect(readAnswer(res)).rejects.toEqual(
      new ServiceApiError(404, 'NOT_FOUND', 'no feed with id "x"'),
    );
    await expect(readAnswer(new Response('<html>bad gateway</html>', { status: 502 }))).rejects.toMatchObject(
      {
        code: 'HTTP_502',
        message: '<html>bad gateway</html>',
      },
    );
    expect(await readAnswer(new Response(null, { status: 204 }))).toBeUndefined();
  });
});
