import type { S3Event, S3EventRecord, SQSRecord } from 'aws-lambda';
import { encodeS3EventKey } from './encode-s3-event-key';
import { LOCAL_REGION, sqsRecord } from './sqs-record';

/** The event s3rver emits in-process: an S3 notification with the key RAW (not URL-encoded as S3 sends it). */
export interface S3rverEvent {
  readonly Records: ReadonlyArray<{
    readonly eventName: string;
    readonly eventTime: string;
    readonly s3: {
      readonly bucket: { readonly name: string };
      readonly object: {
        readonly key: string;
        readonly size?: number;
        readonly eTag?: string;
        readonly sequencer?: string;
      };
    };
  }>;
}

const REGION = LOCAL_REGION;

/**
 * Turns one s3rver event into the SQS messages a deployed stack delivers to the ingest function (S3 -> SQS ->
 * Lambda): one message per created object, the S3 notification JSON as the body, the key encoded as S3 encodes
 * it. Removals are dropped, as the stack only subscribes to `s3:ObjectCreated:*`.
 */
export function s3EventToSqsRecords(event: S3rverEvent): SQSRecord[] {
  return event.Records.filter((r) => r.eventName.startsWith('ObjectCreated:')).map((raw) => {
    const record: S3EventRecord = {
      eventVersion: '2.1',
      eventSource: 'aws:s3',
      awsRegion: REGION,
      eventTime: raw.eventTime,
      // s3rver reports CompleteMultipartUpload as `Post`; the function only looks at the `ObjectCreated:` prefix.
      eventName: raw.eventName as S3EventRecord['eventName'],
      userIdentity: { principalId: 'AWS:LOCAL' },
      requestParameters: { sourceIPAddress: '127.0.0.1' },
      responseElements: { 'x-amz-request-id': 'LOCAL', 'x-amz-id-2': 'LOCAL' },
      s3: {
        s3SchemaVersion: '1.0',
        configurationId: 'communique-local',
        bucket: {
          name: raw.s3.bucket.name,
          ownerIdentity: { principalId: 'LOCAL' },
          // s3rver writes `arn:aws:s3: : :bucket`.
          arn: `arn:aws:s3:::${raw.s3.bucket.name}`,
        },
        object: {
          key: encodeS3EventKey(raw.s3.object.key),
          // s3rver leaves size out of some events (Copy of an object without a content-length); 0 is unknown.
          size: raw.s3.object.size ?? 0,
          eTag: raw.s3.object.eTag ?? '',
          sequencer: raw.s3.object.sequencer ?? '',
        },
      },
    };
    const body = JSON.stringify({ Records: [record] } satisfies S3Event);
    return sqsRecord(body, 'AROA-LOCAL-S3');
  });
}
