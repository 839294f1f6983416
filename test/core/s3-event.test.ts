import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { SQSEvent } from 'aws-lambda';
import fc from 'fast-check';
import {
  comparableSequencer,
  decodeS3Key,
  MalformedEventError,
  parseS3Notification,
} from '../../lambdas/core/s3-event';

const fixture = (name: string): SQSEvent =>
  JSON.parse(readFileSync(path.join(__dirname, '..', 'fixtures', 'events', name), 'utf8')) as SQSEvent;

/** How S3 encodes a key in event notifications: URL-encoded, space as `+`, `/` kept. */
const encodeLikeS3 = (key: string): string =>
  key
    .split('/')
    .map((part) => encodeURIComponent(part).replace(/%20/g, '+'))
    .join('/');

describe('decodeS3Key', () => {
  test('space, plus and non-ASCII letters as S3 sends them', () => {
    expect(decodeS3Key('releases/2025+11/Klako%C4%8Dar+%2B+report.txt')).toBe(
      'releases/2025 11/Klakočar + report.txt',
    );
  });

  test('inverts the S3 encoding for any key', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', minLength: 1 }),
        (key) => decodeS3Key(encodeLikeS3(key)) === key,
      ),
    );
  });
});

describe('parseS3Notification', () => {
  test('the verbatim S3-in-SQS fixture', () => {
    const body = fixture('s3-put-in-sqs.json').Records[0]?.body ?? '';
    expect(parseS3Notification(body)).toEqual({
      kind: 'objects',
      objects: [
        {
          bucket: 'releases',
          key: 'releases/2025 11/Klakočar + report.txt',
          size: expect.any(Number),
          eTag: expect.any(String),
          sequencer: '0055AED6DCD90281E5',
        },
      ],
    });
  });

  test('the s3:TestEvent S3 sends when the notification is set up', () => {
    expect(parseS3Notification(fixture('s3-test-event-in-sqs.json').Records[0]?.body ?? '')).toEqual({
      kind: 'test',
    });
  });

  test('records of other events are left out; a versionId is kept', () => {
    const record = (eventName: string, versionId?: string) => ({
      eventName,
      s3: { bucket: { name: 'b' }, object: { key: 'k', size: 3, ...(versionId ? { versionId } : {}) } },
    });
    const body = JSON.stringify({
      Records: [record('ObjectRemoved:Delete'), record('ObjectCreated:Copy', 'v9')],
    });
    expect(parseS3Notification(body)).toEqual({
      kind: 'objects',
      objects: [{ bucket: 'b', key: 'k', size: 3, versionId: 'v9' }],
    });
  });

  test.each([
    ['not JSON', 'hello'],
    ['not an object', '[1,2]'],
    ['no Records', '{"foo":1}'],
    ['a record without s3', '{"Records":[{"eventName":"ObjectCreated:Put"}]}'],
    [
      'a bad escape in the key',
      '{"Records":[{"eventName":"ObjectCreated:Put","s3":{"bucket":{"name":"b"},"object":{"key":"%E0%A4%A"}}}]}',
    ],
  ])('%s is malformed', (_what, body) => {
    expect(() => parseS3Notification(body)).toThrow(MalformedEventError);
  });
});

test('sequencers of different lengths compare after right-padding', () => {
  expect(comparableSequencer('0055AED6DCD90281E5') < comparableSequencer('0055AED6DCD90281F1')).toBe(true);
  expect(comparableSequencer('0055AED6DCD90281E5') < comparableSequencer('0055AED6DCD90281E501')).toBe(true);
  expect(comparableSequencer('0055aed6dcd90281e5')).toBe(comparableSequencer('0055AED6DCD90281E5'));
});
