export * from './job-queue';
export * from './email-outbox';
