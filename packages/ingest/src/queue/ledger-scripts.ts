/**
 * The queue's shared state, changed only by these scripts: Redis runs each one atomically, so workers on any
 * number of machines can check and take from one budget and one pace without a race. Credits are decimal
 * strings (HINCRBYFLOAT): exact for whole credits.
 *
 * KEYS of a run: its hash (`max`, `spent`, `reserved`, `highest_bill`) and one job's hold (the credits reserved
 * for it). The pace hash of a queue: `interval_ms` (1000 / rps, 0 for no limit), `next` (the next free slot)
 * and `until` (no call before this: a 429 backs everyone off). Times are Redis's own clock (TIME), in ms, so
 * the workers' clocks never matter.
 */

/**
 * What the budget has left beyond what is spent and reserved; `inf` without a limit. The cap is `max`, or less when
 * the vendor said its account holds less (`vendor_ceiling`, see OBSERVE_REMAINING).
 */
const LEFT = `
local function number_or_inf(value) if value then return tonumber(value) end return math.huge end
local function left(run)
  local cap = math.min(number_or_inf(redis.call('HGET', run, 'max')), number_or_inf(redis.call('HGET', run, 'vendor_ceiling')))
  if cap == math.huge then return math.huge end
  return cap - tonumber(redis.call('HGET', run, 'spent') or '0') - tonumber(redis.call('HGET', run, 'reserved') or '0')
end
local function cost_of(run, expected)
  return math.max(expected, tonumber(redis.call('HGET', run, 'highest_bill') or '0'))
end
`;

/**
 * Tops a job's hold up to what its calls are expected to cost (ARGV: calls, credits per call) and returns what it
 * holds, or -1 when the budget cannot cover it. A job that runs again (its worker died, its lock expired) finds
 * the hold its first run left and tops it up: a rerun never reserves twice.
 */
export const RESERVE = `${LEFT}
local want = tonumber(ARGV[1]) * cost_of(KEYS[1], tonumber(ARGV[2]))
local held = tonumber(redis.call('GET', KEYS[2]) or '0')
if held >= want then return tostring(held) end
if want - held > left(KEYS[1]) then return '-1' end
redis.call('HINCRBYFLOAT', KEYS[1], 'reserved', want - held)
redis.call('SET', KEYS[2], tostring(want))
return tostring(want)`;

/**
 * Takes one call's credits before the call goes out (ARGV: credits per call): from the job's hold, the rest from
 * what the budget has left, and counts them spent. Returns the credits taken, or -1 (no call: the budget is spent).
 */
export const TAKE = `${LEFT}
local cost = cost_of(KEYS[1], tonumber(ARGV[1]))
local held = tonumber(redis.call('GET', KEYS[2]) or '0')
local from_hold = math.min(held, cost)
if cost - from_hold > left(KEYS[1]) then return '-1' end
if from_hold > 0 then
  redis.call('HINCRBYFLOAT', KEYS[1], 'reserved', -from_hold)
  redis.call('SET', KEYS[2], tostring(held - from_hold))
end
redis.call('HINCRBYFLOAT', KEYS[1], 'spent', cost)
return tostring(cost)`;

/** After the answer (ARGV: taken, billed): the bill replaces what was taken, and later calls reserve the highest bill. */
export const SETTLE = `
local taken, billed = tonumber(ARGV[1]), tonumber(ARGV[2])
if billed ~= taken then redis.call('HINCRBYFLOAT', KEYS[1], 'spent', billed - taken) end
if billed > tonumber(redis.call('HGET', KEYS[1], 'highest_bill') or '0') then redis.call('HSET', KEYS[1], 'highest_bill', tostring(billed)) end
return 1`;

/** A job's attempt is over: what its hold has left goes back to the budget. */
export const RELEASE = `
local held = tonumber(redis.call('GET', KEYS[2]) or '0')
if held > 0 then redis.call('HINCRBYFLOAT', KEYS[1], 'reserved', -held) end
redis.call('DEL', KEYS[2])
return 1`;

const NOW = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local function field(name) return tonumber(redis.call('HGET', KEYS[1], name) or '0') end
`;

/** The next call slot of the queue's pace, shared by all its workers: returns how many ms to wait for it. */
export const SLOT = `${NOW}
local at = math.max(now, field('next'), field('until'))
redis.call('HSET', KEYS[1], 'next', string.format('%d', at + field('interval_ms')))
return at - now`;

/** A 429: no call of any worker before now + ARGV[1] ms. Returns the wait. */
export const BACK_OFF = `${NOW}
local untl = math.max(field('until'), now + tonumber(ARGV[1]))
redis.call('HSET', KEYS[1], 'until', string.format('%d', untl))
return untl - now`;

/** How long a back-off that began while a caller waited for its slot still runs (0: none). */
export const BACKED_OFF = `${NOW}
return math.max(0, field('until') - now)`;

/** A job's outcome, once per run and creator however often it is delivered (KEYS: outcomes, tally; ARGV[3]: TTL s). */
export const RECORD_OUTCOME = `
if redis.call('HSETNX', KEYS[1], ARGV[1], ARGV[2]) == 0 then return 0 end
redis.call('HINCRBY', KEYS[2], ARGV[2], 1)
for _, key in ipairs(KEYS) do if redis.call('TTL', key) < 0 then redis.call('EXPIRE', key, ARGV[3]) end end
return 1`;

/** Why a run stopped short (ARGV: kind, message): the first reason stays, whatever a paused queue's last jobs meet. */
export const STOP_RUN = `
if redis.call('HSETNX', KEYS[1], 'stop_kind', ARGV[1]) == 1 then redis.call('HSET', KEYS[1], 'stop_message', ARGV[2]) return 1 end
return 0`;

/**
 * What the vendor's account has left after an answer (ARGV[1]): the run may spend no more than what it has spent
 * plus that, so it stops cleanly before the account runs dry. Answers arrive out of order: the lowest ceiling holds.
 */
export const OBSERVE_REMAINING = `
local ceiling = tonumber(redis.call('HGET', KEYS[1], 'spent') or '0') + tonumber(ARGV[1])
local known = redis.call('HGET', KEYS[1], 'vendor_ceiling')
if not known or ceiling < tonumber(known) then redis.call('HSET', KEYS[1], 'vendor_ceiling', tostring(ceiling)) end
return 1`;
