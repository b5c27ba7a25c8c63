export * from './audience-source.ts';
export * from './comment-page.ts';
export * from './follower-page.ts';
export * from './messages.ts';
export * from './normalize-user.ts';
export * from './records.ts';
export * from './requests.ts';
