import { AUDIENCE_TABLES } from './audience-tables.ts';

/**
 * The landing and normalised tables, defined once: the DDL and the appenders are both built from these
 * lists, so a column cannot be written in one order and declared in another. The appender writes by position:
 * a new column goes at the end of its list, with a migration that adds it to existing warehouses. Times are UTC `TIMESTAMP`s;
 * counts are `BIGINT` (never 32-bit); a count the vendor sent but we could not trust is NULL, with the
 * reason in `count_problems`.
 */
export type ColumnType = 'VARCHAR' | 'BIGINT' | 'INTEGER' | 'DOUBLE' | 'BOOLEAN' | 'TIMESTAMP' | 'VARCHAR[]';

export interface Column {
  name: string;
  type: ColumnType;
  notNull?: boolean;
}

export interface TableDef {
  name: string;
  columns: readonly Column[];
  primaryKey?: readonly string[];
}

const c = (name: string, type: ColumnType, notNull = false): Column => ({ name, type, notNull });

export const runs: TableDef = {
  name: 'runs',
  columns: [
    c('run_id', 'VARCHAR', true),
    c('kind', 'VARCHAR', true),
    c('provider', 'VARCHAR', true),
    c('input_name', 'VARCHAR'),
    c('input_hash', 'VARCHAR'),
    c('started_at', 'TIMESTAMP', true),
    c('finished_at', 'TIMESTAMP'),
    c('status', 'VARCHAR', true),
    c('stop_reason', 'VARCHAR'),
    c('options_json', 'VARCHAR'),
  ],
  primaryKey: ['run_id'],
};

/** Every body we received, as received, so data can be re-normalised without spending credits. */
export const rawResponses: TableDef = {
  name: 'raw_responses',
  columns: [
    c('run_id', 'VARCHAR', true),
    c('provider', 'VARCHAR', true),
    c('endpoint', 'VARCHAR', true),
    c('request_key', 'VARCHAR', true),
    c('http_status', 'INTEGER', true),
    c('outcome', 'VARCHAR', true),
    c('fetched_at', 'TIMESTAMP', true),
    c('credits', 'DOUBLE', true),
    c('body', 'VARCHAR', true),
    // Added by migration 2: the wire contract asked in (Scavio speaks two), and the credits the vendor said were left.
    c('contract', 'VARCHAR'),
    c('credits_remaining', 'DOUBLE'),
  ],
};

/** Bodies that failed their schema, with the reason; the body itself is also in `raw_responses`. */
export const quarantine: TableDef = {
  name: 'quarantine',
  columns: [
    c('run_id', 'VARCHAR', true),
    c('provider', 'VARCHAR', true),
    c('endpoint', 'VARCHAR', true),
    c('request_key', 'VARCHAR', true),
    c('fetched_at', 'TIMESTAMP', true),
    c('reason', 'VARCHAR', true),
    c('body', 'VARCHAR', true),
  ],
};

export const creators: TableDef = {
  name: 'creators',
  columns: [
    c('username', 'VARCHAR', true),
    c('snapshot_at', 'TIMESTAMP', true),
    c('provider', 'VARCHAR', true),
    c('run_id', 'VARCHAR', true),
    c('user_id', 'VARCHAR'),
    c('sec_uid', 'VARCHAR'),
    c('nickname', 'VARCHAR'),
    c('verified', 'BOOLEAN'),
    c('private_account', 'BOOLEAN'),
    c('account_created_at', 'TIMESTAMP'),
    c('followers', 'BIGINT'),
    c('following', 'BIGINT'),
    c('likes_received', 'BIGINT'),
    c('video_count', 'BIGINT'),
    c('count_problems', 'VARCHAR[]', true),
  ],
  primaryKey: ['username', 'snapshot_at', 'provider'],
};

/**
 * A creator's recent videos, keyed by the creator snapshot they were fetched with, in feed order.
 * No PRIMARY KEY: an ART index over tens of millions of synthesized rows costs gigabytes; uniqueness holds
 * by construction (a creator lands in one transaction, deduped by id) and is checked in tests.
 */
export const videos: TableDef = {
  name: 'videos',
  columns: [
    c('username', 'VARCHAR', true),
    c('snapshot_at', 'TIMESTAMP', true),
    c('provider', 'VARCHAR', true),
    c('video_id', 'VARCHAR', true),
    c('feed_position', 'INTEGER', true),
    c('fetched_at', 'TIMESTAMP', true),
    c('created_at', 'TIMESTAMP'),
    c('caption', 'VARCHAR', true),
    c('plays', 'BIGINT'),
    c('likes', 'BIGINT'),
    c('comments', 'BIGINT'),
    c('shares', 'BIGINT'),
    c('saves', 'BIGINT'),
    c('duration_s', 'DOUBLE'),
    c('hashtags', 'VARCHAR[]', true),
    c('is_pinned', 'BOOLEAN', true),
    c('is_ad', 'BOOLEAN', true),
    c('count_problems', 'VARCHAR[]', true),
  ],
};

/** Exactly one row per input creator per run: what became of it. */
export const creatorOutcomes: TableDef = {
  name: 'creator_outcomes',
  columns: [
    c('run_id', 'VARCHAR', true),
    c('username', 'VARCHAR', true),
    c('provider', 'VARCHAR', true),
    c('outcome', 'VARCHAR', true),
    c('detail', 'VARCHAR'),
    c('snapshot_at', 'TIMESTAMP'),
    c('videos_fetched', 'INTEGER', true),
    c('paging_stop', 'VARCHAR'),
    c('credits', 'DOUBLE', true),
    c('decided_at', 'TIMESTAMP', true),
  ],
  primaryKey: ['run_id', 'username'],
};

/** Input lines that are not creators, with their line numbers. */
export const inputRejects: TableDef = {
  name: 'input_rejects',
  columns: [c('run_id', 'VARCHAR', true), c('line', 'INTEGER', true), c('raw', 'VARCHAR', true), c('reason', 'VARCHAR', true)],
};

/** One scan of a hashtag: what the API reported and how far paging went. */
export const hashtagScans: TableDef = {
  name: 'hashtag_scans',
  columns: [
    c('hashtag', 'VARCHAR', true),
    c('snapshot_at', 'TIMESTAMP', true),
    c('provider', 'VARCHAR', true),
    c('run_id', 'VARCHAR', true),
    c('hashtag_id', 'VARCHAR'),
    c('reported_video_count', 'BIGINT'),
    c('videos_fetched', 'INTEGER', true),
    c('pages', 'INTEGER', true),
    c('paging_stop', 'VARCHAR', true),
    c('outcome', 'VARCHAR', true),
    c('detail', 'VARCHAR'),
    c('credits', 'DOUBLE', true),
  ],
  primaryKey: ['hashtag', 'snapshot_at', 'provider'],
};

export const hashtagVideos: TableDef = {
  name: 'hashtag_videos',
  columns: [
    c('hashtag', 'VARCHAR', true),
    c('snapshot_at', 'TIMESTAMP', true),
    c('provider', 'VARCHAR', true),
    c('video_id', 'VARCHAR', true),
    c('list_position', 'INTEGER', true),
    c('author', 'VARCHAR'),
    c('created_at', 'TIMESTAMP'),
    c('caption', 'VARCHAR', true),
    c('plays', 'BIGINT'),
    c('likes', 'BIGINT'),
    c('comments', 'BIGINT'),
    c('shares', 'BIGINT'),
    c('saves', 'BIGINT'),
    c('hashtags', 'VARCHAR[]', true),
    c('is_pinned', 'BOOLEAN', true),
    c('is_ad', 'BOOLEAN', true),
    c('count_problems', 'VARCHAR[]', true),
  ],
};

/**
 * Ground truth of the offline simulator, beside the data it produced: what each synthetic creator really
 * is and how many of each video's plays were fake. Only evaluation reads these; analysis never does.
 */
export const simCreatorLabels: TableDef = {
  name: 'sim_creator_labels',
  columns: [
    c('seed', 'BIGINT', true),
    c('username', 'VARCHAR', true),
    c('labelled_at', 'TIMESTAMP', true),
    c('status', 'VARCHAR', true),
    c('archetype', 'VARCHAR', true),
    c('is_fraud', 'BOOLEAN', true),
    c('tier', 'VARCHAR', true),
    c('followers', 'BIGINT', true),
    c('fake_followers', 'BIGINT', true),
  ],
  primaryKey: ['seed', 'username', 'labelled_at'],
};

/**
 * One row per labelled video per snapshot. No PRIMARY KEY, as for `videos`: its index over a synthesized
 * 1M x 30 cohort alone needs gigabytes; labels are written once per snapshot by construction (tests check it).
 */
export const simVideoLabels: TableDef = {
  name: 'sim_video_labels',
  columns: [
    c('seed', 'BIGINT', true),
    c('video_id', 'VARCHAR', true),
    c('username', 'VARCHAR', true),
    c('labelled_at', 'TIMESTAMP', true),
    c('plays', 'BIGINT', true),
    c('fake_plays', 'BIGINT', true),
    c('likes', 'BIGINT', true),
    c('fake_likes', 'BIGINT', true),
    c('fake_share', 'DOUBLE', true),
  ],
};

/**
 * TikHub's `detect_fake_views` answers, normalised: one row per call, failures included (with their outcome), so
 * the record shows what was asked and what came back. The raw bodies are in `raw_responses` under the same
 * `run_id` and `request_key`. Counts are BIGINT; scores DOUBLE as sent.
 */
export const tikhubFakeViewReports: TableDef = {
  name: 'tikhub_fake_view_reports',
  columns: [
    c('run_id', 'VARCHAR', true),
    c('item_id', 'VARCHAR', true),
    c('content_category', 'VARCHAR', true),
    c('fetched_at', 'TIMESTAMP', true),
    c('request_key', 'VARCHAR', true),
    c('outcome', 'VARCHAR', true),
    c('detail', 'VARCHAR'),
    c('total_views', 'BIGINT'),
    c('follower_count', 'BIGINT'),
    c('account_age_days', 'DOUBLE'),
    c('trust_score', 'DOUBLE'),
    c('fake_score', 'DOUBLE'),
    c('confidence_level', 'VARCHAR'),
    c('is_suspicious', 'BOOLEAN'),
    c('estimated_fake_views', 'BIGINT'),
    c('fake_view_percentage', 'DOUBLE'),
    c('main_detection_reason', 'VARCHAR'),
    c('engagement_score', 'DOUBLE'),
    c('distribution_score', 'DOUBLE'),
    c('consistency_score', 'DOUBLE'),
    c('creator_credibility_score', 'DOUBLE'),
    c('content_authenticity_score', 'DOUBLE'),
    c('follower_correlation_score', 'DOUBLE'),
    c('racing_mechanism_score', 'DOUBLE'),
    c('fan_growth_score', 'DOUBLE'),
    c('current_tier', 'INTEGER'),
    c('expected_tier', 'INTEGER'),
    c('estimated_organic_views', 'BIGINT'),
    c('suspicious_features', 'VARCHAR[]'),
    c('action', 'VARCHAR'),
    c('risk_level', 'VARCHAR'),
  ],
};

export const ALL_TABLES: readonly TableDef[] = [
  runs,
  rawResponses,
  quarantine,
  creators,
  videos,
  creatorOutcomes,
  inputRejects,
  hashtagScans,
  hashtagVideos,
  tikhubFakeViewReports,
  simCreatorLabels,
  simVideoLabels,
  ...AUDIENCE_TABLES,
];

/** Tables exported to Parquet, each with the column its hive partition (snapshot date) derives from. */
export const SNAPSHOT_TABLES = {
  creators: 'snapshot_at',
  videos: 'snapshot_at',
  hashtag_videos: 'snapshot_at',
  hashtag_scans: 'snapshot_at',
} as const;

export function createTableSql(table: TableDef): string {
  const cols = table.columns.map((col) => `  ${col.name} ${col.type}${col.notNull ? ' NOT NULL' : ''}`);
  if (table.primaryKey) cols.push(`  PRIMARY KEY (${table.primaryKey.join(', ')})`);
  return `CREATE TABLE IF NOT EXISTS ${table.name} (\n${cols.join(',\n')}\n)`;
}

/** Derived views: the credit ledger is a sum over landed bodies, so it cannot drift from them. */
export const VIEWS_SQL = [
  `CREATE OR REPLACE VIEW credit_ledger AS
   SELECT run_id, provider, endpoint, count(*) AS calls, sum(credits) AS credits
   FROM raw_responses GROUP BY ALL`,
  `CREATE OR REPLACE VIEW latest_creators AS
   SELECT * FROM creators QUALIFY row_number() OVER (PARTITION BY username ORDER BY snapshot_at DESC) = 1`,
];
