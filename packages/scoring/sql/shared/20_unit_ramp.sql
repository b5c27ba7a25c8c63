-- A linear ramp from `start` (0: ordinary) over `width` (1: certain), held to [0, 1]. NULL when x is: DuckDB's
-- greatest() and least() skip NULLs, so an unguarded ramp over a missing input would read as a confident 0.
create or replace macro unit_ramp(x, start, width) as
    case when x is not null then least(greatest((x - start) / width, 0), 1) end
