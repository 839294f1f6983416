/** s3rver accepts only these credentials (it checks request signatures); the banner tells users to set them. */
export const S3RVER_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } as const;
