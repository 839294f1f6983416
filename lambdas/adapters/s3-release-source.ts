import { GetObjectCommand, NoSuchKey, type S3Client, S3ServiceException } from '@aws-sdk/client-s3';
import { ObjectNotFoundError, type ObjectRef, type ReleaseSource } from '../core/ports';

/** Reads release objects with GetObject; the function's role can only read the bucket (no write loop). */
export class S3ReleaseSource implements ReleaseSource {
  /** @param s3 the caller's client (built once per Lambda container); only `send` is used. */
  constructor(private readonly s3: Pick<S3Client, 'send'>) {}

  async getObject(ref: ObjectRef): Promise<Uint8Array> {
    try {
      const result = await this.s3.send(
        new GetObjectCommand({
          Bucket: ref.bucket,
          Key: ref.key,
          // The version the event names, not a newer upload of the same key (which has its own event).
          ...(ref.versionId ? { VersionId: ref.versionId } : {}),
        }),
      );
      return (await result.Body?.transformToByteArray()) ?? new Uint8Array();
    } catch (error) {
      if (
        error instanceof NoSuchKey ||
        (error instanceof S3ServiceException && error.name === 'NoSuchVersion')
      ) {
        throw new ObjectNotFoundError(`s3://${ref.bucket}/${ref.key} is gone (deleted before it was read).`);
      }
      throw error;
    }
  }
}
