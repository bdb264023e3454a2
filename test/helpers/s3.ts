// An S3 server for tests: s3rver on a random port with its own directory and bucket. s3rver
// does not verify signatures and lacks ListMultipartUploads (GET /<bucket>?uploads), which
// the minio client calls before a multipart upload; a middleware in front of it answers that
// call with an empty list, as a store with no unfinished uploads would.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';

export interface TestS3 {
  endpoint: string;
  bucket: string;
  accessKey: string;
  secretKey: string;
  close(): Promise<void>;
}

export async function startS3(bucket: string): Promise<TestS3> {
  const directory = await mkdtemp(join(tmpdir(), 'parley-s3-'));
  const server = new S3rver({ address: '127.0.0.1', port: 0, directory, silent: true, configureBuckets: [{ name: bucket }] });
  // Koa composes its middleware when the server starts, so this one runs first.
  (server as unknown as { middleware: unknown[] }).middleware.unshift(async (ctx: any, next: () => Promise<void>) => {
    if (ctx.method === 'GET' && ctx.querystring.split('&').includes('uploads')) {
      const name = ctx.path.split('/')[1] ?? '';
      ctx.status = 200;
      ctx.type = 'application/xml';
      ctx.body =
        '<?xml version="1.0" encoding="UTF-8"?>' +
        '<ListMultipartUploadsResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/">' +
        `<Bucket>${name}</Bucket><KeyMarker></KeyMarker><UploadIdMarker></UploadIdMarker>` +
        '<NextKeyMarker></NextKeyMarker><NextUploadIdMarker></NextUploadIdMarker>' +
        '<MaxUploads>1000</MaxUploads><IsTruncated>false</IsTruncated></ListMultipartUploadsResult>';
      return;
    }
    await next();
  });
  const { port } = (await server.run()) as { port: number };
  return {
    endpoint: `http://127.0.0.1:${port}`,
    bucket,
    accessKey: 'S3RVER',
    secretKey: 'S3RVER',
    async close() {
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
