-- Python's `a / b` on non-negative integers: the exact quotient rounded once to the nearest double (ties to
-- even). Below 2^53 both operands are exact doubles and one IEEE division is that. Above, the dividend is
-- scaled to ~62 bits, divided exactly, and the last bit set when a remainder is left ("round to odd"): one
-- conversion to DOUBLE then rounds correctly (Boldo & Melquiond). Conversions go through BIGINT: DuckDB's
-- HUGEINT -> DOUBLE cast is not correctly rounded. Dividends stay below 2^62 and divisors small (a feed's length).
create or replace macro true_divide(dividend, divisor) as
    case
        when dividend <= 9007199254740992 then dividend::BIGINT::DOUBLE / divisor::DOUBLE
        -- scaled = dividend << shift, shift = 62 - bit length; (scaled // divisor | inexact) / 2^shift
        else (((dividend::HUGEINT << (62 - (floor(log2(dividend::DOUBLE))::INTEGER + 1))) // divisor) | (((dividend::HUGEINT << (62 - (floor(log2(dividend::DOUBLE))::INTEGER + 1))) % divisor) <> 0)::HUGEINT)::BIGINT::DOUBLE
            / (1::BIGINT << (62 - (floor(log2(dividend::DOUBLE))::INTEGER + 1)))::DOUBLE
    end
