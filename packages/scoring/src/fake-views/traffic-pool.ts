/**
 * TikTok's traffic pools 1-8 ("racing mechanism") as practitioners describe them (not official; see FIELD-NOTES):
 * the view range each pool is said to deliver, named as TikHub names them. The tier a video sits in is computed
 * in SQL (the traffic_pool macro, sql/shared/traffic_pool.sql) from the pools' entry points; this is what a report prints for it.
 */
const POOLS = [
  { name: '1st-Level Traffic Pool', views: '200-500' },
  { name: '2nd-Level Traffic Pool', views: '3K-5K' },
  { name: '3rd-Level Traffic Pool', views: '10K-20K' },
  { name: '4th-Level Traffic Pool', views: '100K-150K' },
  { name: '5th-Level Traffic Pool', views: '300K-700K' },
  { name: '6th-Level Traffic Pool', views: '1M-3M' },
  { name: '7th-Level Traffic Pool', views: '5M-12M' },
  { name: '8th-Level Traffic Pool', views: '30M+' },
] as const;

export function trafficPool(tier: number): { name: string; views: string } {
  const pool = POOLS[tier - 1];
  if (pool === undefined) throw new RangeError(`traffic pool tier ${tier} is outside 1-8`);
  return pool;
}
