-- Hash-based randomness: a draw is a pure function of (seed, purpose, row), so any row can be generated
-- alone, in any order, on any thread. DuckDB's multi-argument hash() mixes its last argument weakly (draws
-- for two purposes of one row correlate), so the purpose picks a key and the row is mixed in with a full
-- 64-bit hash of key XOR row. The top 53 bits make a uniform in [0, 1).
create or replace temp macro synth_u(seed, purpose, row_id) as
    (hash(xor(hash(seed::BIGINT, purpose::INTEGER), row_id::UBIGINT)) >> 11)::DOUBLE / 9007199254740992.0;

-- Standard normal by Box-Muller, from two independent purposes.
create or replace temp macro synth_normal(seed, purpose, row_id) as
    sqrt(-2 * ln(1 - synth_u(seed, purpose, row_id))) * cos(2 * pi() * synth_u(seed, purpose + 500, row_id));

create or replace temp macro synth_between(seed, purpose, row_id, lo, hi) as
    lo + (hi - lo) * synth_u(seed, purpose, row_id);

-- A function of followers sampled every `step` decades (grid[1] at 1 follower), interpolated linearly.
create or replace temp macro synth_grid_at(grid, pos) as
    grid[floor(pos)::INTEGER + 1] * (1 - (pos - floor(pos))) + grid[floor(pos)::INTEGER + 2] * (pos - floor(pos));

create or replace temp macro synth_curve(grid, step, followers) as
    synth_grid_at(grid, least(log10(greatest(followers, 1)) / step, len(grid) - 1.000001));

-- The index (1-based) a uniform draw falls in, given the running totals of the shares without the final 1.
create or replace temp macro synth_pick(cum, u) as
    1 + len(list_filter(cum, c -> c <= u));
