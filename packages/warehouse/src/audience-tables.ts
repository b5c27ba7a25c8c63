import type { Column, ColumnType, TableDef } from './tables.ts';

const c = (name: string, type: ColumnType, notNull = false): Column => ({ name, type, notNull });

/**
 * One row per creator per audience run (`audit-audience`): what was sampled, from which creator snapshot, and how
 * it ended. The follower list comes newest first, so `window_from`..`window_to` (the follow times the pages said
 * they spanned) is the part of the audience the sample describes.
 */
export const audienceSamples: TableDef = {
  name: 'audience_samples',
  columns: [
    c('run_id', 'VARCHAR', true),
    c('username', 'VARCHAR', true),
    c('provider', 'VARCHAR', true),
    c('outcome', 'VARCHAR', true),
    c('detail', 'VARCHAR'),
    // The creator snapshot whose sec_uid and videos were used; NULL when the profile was fetched for this sample.
    c('snapshot_at', 'TIMESTAMP'),
    c('sec_uid_source', 'VARCHAR'),
    c('sampled_at', 'TIMESTAMP'),
    c('followers_asked', 'INTEGER', true),
    c('followers_sampled', 'INTEGER', true),
    c('followers_listed', 'BIGINT'),
    c('follower_pages', 'INTEGER', true),
    c('follower_stop', 'VARCHAR'),
    c('window_from', 'TIMESTAMP'),
    c('window_to', 'TIMESTAMP'),
    c('videos_asked', 'INTEGER', true),
    c('videos_sampled', 'INTEGER', true),
    c('comments_asked_per_video', 'INTEGER', true),
    c('comments_sampled', 'INTEGER', true),
    c('comment_pages', 'INTEGER', true),
    c('comment_failures', 'INTEGER', true),
    c('credits', 'DOUBLE', true),
    c('decided_at', 'TIMESTAMP', true),
  ],
  primaryKey: ['run_id', 'username'],
};

/** Each sampled follower as the list sent it, newest first (`position` 1); counts NULL where they could not be read. */
export const followerSamples: TableDef = {
  name: 'follower_samples',
  columns: [
    c('run_id', 'VARCHAR', true),
    c('username', 'VARCHAR', true),
    c('provider', 'VARCHAR', true),
    c('sampled_at', 'TIMESTAMP', true),
    c('position', 'INTEGER', true),
    c('page', 'INTEGER', true),
    c('page_min_time', 'TIMESTAMP'),
    c('page_max_time', 'TIMESTAMP'),
    c('follower_user_id', 'VARCHAR'),
    c('follower_sec_uid', 'VARCHAR'),
    c('follower_username', 'VARCHAR'),
    c('nickname', 'VARCHAR'),
    c('bio', 'VARCHAR'),
    c('avatar', 'VARCHAR'),
    c('followers', 'BIGINT'),
    c('following', 'BIGINT'),
    c('likes_received', 'BIGINT'),
    c('video_count', 'BIGINT'),
    c('account_created_at', 'TIMESTAMP'),
    c('verified', 'BOOLEAN'),
    c('private_account', 'BOOLEAN'),
    c('count_problems', 'VARCHAR[]', true),
  ],
};

/** Each sampled comment, in list order per video; the commenter as the comment carries it (never its counts). */
export const commentSamples: TableDef = {
  name: 'comment_samples',
  columns: [
    c('run_id', 'VARCHAR', true),
    c('username', 'VARCHAR', true),
    c('provider', 'VARCHAR', true),
    c('video_id', 'VARCHAR', true),
    c('sampled_at', 'TIMESTAMP', true),
    c('position', 'INTEGER', true),
    c('comment_id', 'VARCHAR', true),
    c('text', 'VARCHAR'),
    c('created_at', 'TIMESTAMP'),
    c('likes', 'BIGINT'),
    c('commenter_user_id', 'VARCHAR'),
    c('commenter_sec_uid', 'VARCHAR'),
    c('commenter_username', 'VARCHAR'),
    c('commenter_nickname', 'VARCHAR'),
    c('commenter_avatar', 'VARCHAR'),
  ],
};

/**
 * The simulator's ground truth for its audience samples: what each sampled follower and comment really is, and
 * the shares planted in each creator's audience. Keyed by the sample's `sampled_at`. Only evaluation reads these.
 */
export const simFollowerLabels: TableDef = {
  name: 'sim_follower_labels',
  columns: [
    c('seed', 'BIGINT', true),
    c('username', 'VARCHAR', true),
    c('labelled_at', 'TIMESTAMP', true),
    c('follower_user_id', 'VARCHAR', true),
    c('rank', 'BIGINT', true),
    c('followed_at', 'TIMESTAMP', true),
    c('kind', 'VARCHAR', true),
    c('is_fake', 'BOOLEAN', true),
  ],
};

export const simCommentLabels: TableDef = {
  name: 'sim_comment_labels',
  columns: [
    c('seed', 'BIGINT', true),
    c('username', 'VARCHAR', true),
    c('labelled_at', 'TIMESTAMP', true),
    c('video_id', 'VARCHAR', true),
    c('comment_id', 'VARCHAR', true),
    c('kind', 'VARCHAR', true),
  ],
};

export const simAudienceLabels: TableDef = {
  name: 'sim_audience_labels',
  columns: [
    c('seed', 'BIGINT', true),
    c('username', 'VARCHAR', true),
    c('labelled_at', 'TIMESTAMP', true),
    c('archetype', 'VARCHAR', true),
    c('window_followers', 'BIGINT', true),
    c('window_fake_share', 'DOUBLE', true),
    c('spam_share', 'DOUBLE', true),
    c('active_share', 'DOUBLE', true),
    c('in_pod', 'BOOLEAN', true),
    c('pod_ring', 'INTEGER', true),
    c('pod_participation', 'DOUBLE', true),
    c('bot_comments_per_video', 'INTEGER', true),
    // Pod comments over all comments of the sampled videos' lists, weighted by the comments sampled from each.
    c('sampled_videos_pod_share', 'DOUBLE'),
  ],
  primaryKey: ['seed', 'username', 'labelled_at'],
};

export const AUDIENCE_TABLES: readonly TableDef[] = [audienceSamples, followerSamples, commentSamples, simFollowerLabels, simCommentLabels, simAudienceLabels];
