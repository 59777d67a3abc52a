import { parseArgs } from '../args.js';
import { IngestApiError, readAnswer, resolveIngestApi } from './ingest-api.js';

const parsed = (args: string[]) => parseArgs(args, { valued: ['url', 'key'] });

describe('ingest API access', () => {
  it('takes --url and --key over the environment', async () => {
    const env = { STANCE_INGEST_URL: 'http://env:1', STANCE_API_KEY: 'env-key' };
    expect(await resolveIngestApi(parsed(['--url', 'http://flag:2/', '--key', 'flag-key']), env)).toEqual({
      baseUrl: 'http://flag:2',
      key: 'flag-key',
    });
    expect(await resolveIngestApi(parsed([]), env)).toEqual({ baseUrl: 'http://env:1', key: 'env-key' });
  });

  it('refuses a URL that is not http(s)', async () => {
    await expect(resolveIngestApi(parsed(['--url', 'ftp://x', '--key', 'k']), {})).rejects.toThrow(/http\(s\) URL/);
    await expect(resolveIngestApi(parsed(['--url', 'nope', '--key', 'k']), {})).rejects.toThrow(/http\(s\) URL/);
  });

  it("turns an error answer into the service's code and message", async () => {
    const res = new Response(JSON.stringify({ error: { code: 'NOT_FOUND', message: 'no feed with id "x"' } }), { status: 404 });
    await expect(readAnswer(res)).rejects.toEqual(new IngestApiError(404, 'NOT_FOUND', 'no feed with id "x"'));
    await expect(readAnswer(new Response('<html>bad gateway</html>', { status: 502 }))).rejects.toMatchObject({
      code: 'HTTP_502',
      message: '<html>bad gateway</html>',
    });
    expect(await readAnswer(new Response(null, { status: 204 }))).toBeUndefined();
  });
});
