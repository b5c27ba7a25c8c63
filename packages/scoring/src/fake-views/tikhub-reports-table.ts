import { createTableSql, type TableDef, type Warehouse } from '@creator-audit/ingest';

const c = (name: string, type: TableDef['columns'][number]['type'], notNull = false) => ({ name, type, notNull });

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

/** The fake-view models read this table, so it exists (empty) before TikHub was ever asked. */
export async function ensureFakeViewTables(warehouse: Warehouse): Promise<void> {
  await warehouse.run(createTableSql(tikhubFakeViewReports));
}
