import { createWriteStream } from 'node:fs';
import { mkdir, open, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** Where uploaded bytes live; metadata stays in platform_file. */
export interface FileStorage {
  /** Writes the bytes under the key; a stream is written without being held in memory. */
  put(key: string, data: Buffer | Readable, contentType: string): Promise<void>;
  get(key: string): Promise<Readable>;
  delete(key: string): Promise<void>;
}

export class LocalDiskStorage implements FileStorage {
  private readonly root: string;

  constructor(root: string) {
    this.root = resolve(root);
  }

  private pathOf(key: string): string {
    const path = resolve(join(this.root, key));
    if (!path.startsWith(this.root + sep)) throw new Error('Invalid storage key');
    return path;
  }

  async put(key: string, data: Buffer | Readable): Promise<void> {
    const path = this.pathOf(key);
    await mkdir(dirname(path), { recursive: true });
    // A key is written once and referenced only after this resolves, so a partial file is never read.
    if (Buffer.isBuffer(data)) await writeFile(path, data);
    else await pipeline(data, createWriteStream(path));
  }

  async get(key: string): Promise<Readable> {
    // Opened before streaming, so a missing file fails here rather than mid-response.
    const handle = await open(this.pathOf(key));
    return handle.createReadStream();
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }
}

export interface S3Options {
  endpoint?: string | undefined;
  region: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  forcePathStyle?: boolean;
}

/** Any S3-compatible object store (AWS, Scaleway, OVH, MinIO…). */
export async function s3Storage(options: S3Options): Promise<FileStorage> {
  const { S3Client, PutObjectCommand, GetObjectCommand, DeleteObjectCommand } = await import('@aws-sdk/client-s3');
  const client = new S3Client({
    region: options.region,
    ...(options.endpoint ? { endpoint: options.endpoint } : {}),
    forcePathStyle: options.forcePathStyle ?? true,
    credentials: { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey },
  });
  return {
    async put(key, data, contentType) {
      if (Buffer.isBuffer(data)) {
        await client.send(new PutObjectCommand({ Bucket: options.bucket, Key: key, Body: data, ContentType: contentType }));
        return;
      }
      // A stream of unknown length goes up in parts (multipart upload).
      const { Upload } = await import('@aws-sdk/lib-storage');
      await new Upload({ client, params: { Bucket: options.bucket, Key: key, Body: data, ContentType: contentType } }).done();
    },
    async get(key) {
      const result = await client.send(new GetObjectCommand({ Bucket: options.bucket, Key: key }));
      return result.Body as Readable;
    },
    async delete(key) {
      await client.send(new DeleteObjectCommand({ Bucket: options.bucket, Key: key }));
    },
  };
}
