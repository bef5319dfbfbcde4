-- Window functions, aggregate clauses and casts, written from the PostgreSQL documentation
-- (tutorial 3.5, sections 4.2.7 to 4.2.9, 9.21 and 9.22). One statement a line.

-- window calls
SELECT depname, empno, salary, avg(salary) OVER (PARTITION BY depname) FROM empsalary;
SELECT depname, empno, salary, rank() OVER (PARTITION BY depname ORDER BY salary DESC) FROM empsalary;
SELECT salary, sum(salary) OVER () FROM empsalary;
SELECT salary, sum(salary) OVER (ORDER BY salary) FROM empsalary;
SELECT depname, empno, salary, enroll_date FROM (SELECT depname, empno, salary, enroll_date, row_number() OVER (PARTITION BY depname ORDER BY salary DESC, empno) AS pos FROM empsalary) AS ss WHERE pos < 3;
SELECT sum(salary) OVER w, avg(salary) OVER w FROM empsalary WINDOW w AS (PARTITION BY depname ORDER BY salary DESC);
SELECT row_number() OVER (ORDER BY a) FROM t;
SELECT row_number() OVER (PARTITION BY a, b ORDER BY c, d DESC NULLS LAST) FROM t;
SELECT rank() OVER w, dense_rank() OVER w, percent_rank() OVER w, cume_dist() OVER w FROM t WINDOW w AS (ORDER BY x);
SELECT ntile(4) OVER (ORDER BY score) FROM results;
SELECT lag(price) OVER (PARTITION BY sym ORDER BY ts), lead(price, 2, 0) OVER (PARTITION BY sym ORDER BY ts) FROM ticks;
SELECT first_value(x) OVER w, last_value(x) OVER w, nth_value(x, 2) OVER w FROM t WINDOW w AS (ORDER BY y ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING);
SELECT count(*) OVER (PARTITION BY region) FROM sales;
SELECT a, sum(b) OVER (ORDER BY a ROWS UNBOUNDED PRECEDING) FROM t;
SELECT a, sum(b) OVER (ORDER BY a ROWS 3 PRECEDING) FROM t;
SELECT a, sum(b) OVER (ORDER BY a ROWS CURRENT ROW) FROM t;
SELECT a, sum(b) OVER (ORDER BY a ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING) FROM t;
SELECT a, sum(b) OVER (ORDER BY a ROWS BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING) FROM t;
SELECT a, avg(b) OVER (ORDER BY a RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) FROM t;
SELECT a, avg(b) OVER (ORDER BY d RANGE BETWEEN INTERVAL '1' DAY PRECEDING AND CURRENT ROW) FROM t;
SELECT a, avg(b) OVER (ORDER BY d RANGE BETWEEN '1 day'::interval PRECEDING AND '1 day'::interval FOLLOWING) FROM t;
SELECT a, count(*) OVER (ORDER BY a GROUPS BETWEEN 1 PRECEDING AND 1 FOLLOWING) FROM t;
SELECT a, sum(b) OVER (ORDER BY a ROWS BETWEEN 2 PRECEDING AND CURRENT ROW EXCLUDE CURRENT ROW) FROM t;
SELECT a, sum(b) OVER (ORDER BY a RANGE BETWEEN 2 PRECEDING AND 2 FOLLOWING EXCLUDE GROUP) FROM t;
SELECT a, sum(b) OVER (ORDER BY a GROUPS BETWEEN 2 PRECEDING AND 2 FOLLOWING EXCLUDE TIES) FROM t;
SELECT a, sum(b) OVER (ORDER BY a ROWS UNBOUNDED PRECEDING EXCLUDE NO OTHERS) FROM t;
SELECT a, sum(b) OVER (w ORDER BY a) FROM t WINDOW w AS (PARTITION BY c);
SELECT a, sum(b) OVER (w ROWS 2 PRECEDING) FROM t WINDOW w AS (PARTITION BY c ORDER BY a);
SELECT a, sum(b) OVER (w) FROM t WINDOW w AS (PARTITION BY c);
SELECT sum(b) OVER w1, sum(b) OVER w2 FROM t WINDOW w1 AS (PARTITION BY c), w2 AS (w1 ORDER BY a);
SELECT a, b FROM t GROUP BY a, b HAVING count(*) > 1 WINDOW w AS (ORDER BY a);
SELECT a FROM t WINDOW w AS () ORDER BY a LIMIT 10;
SELECT sum(x) OVER (PARTITION BY y) / sum(x) OVER () AS share FROM t;
SELECT sum(sum(x)) OVER (PARTITION BY y) FROM t GROUP BY y;
SELECT x, sum(x) OVER (ORDER BY x ROWS BETWEEN 1 + 1 PRECEDING AND 3 FOLLOWING) FROM t;
SELECT s.a, max(s.b) OVER (PARTITION BY s.c ORDER BY s.d ASC) FROM s;

-- aggregate calls
SELECT count(*) FILTER (WHERE i < 5) FROM generate_series(1, 10) AS s (i);
SELECT count(*) AS unfiltered, count(*) FILTER (WHERE i < 5) AS filtered FROM generate_series(1, 10) AS s (i);
SELECT sum(amount) FILTER (WHERE kind = 'refund') FROM payments;
SELECT array_agg(a ORDER BY b DESC) FROM table1;
SELECT string_agg(a, ',' ORDER BY a) FROM table1;
SELECT string_agg(a ORDER BY a, ',') FROM table1;
SELECT array_agg(DISTINCT a ORDER BY a) FROM t;
SELECT count(DISTINCT a) FROM t;
SELECT count(ALL a) FROM t;
SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY income) FROM households;
SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY income DESC) FROM households;
SELECT mode() WITHIN GROUP (ORDER BY x) FROM t;
SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY income) FILTER (WHERE income > 0) FROM households;
SELECT rank(3) WITHIN GROUP (ORDER BY x) FROM t;
SELECT sum(a) FILTER (WHERE b > 0) OVER (PARTITION BY c) FROM t;
SELECT count(*) FILTER (WHERE a IS NOT NULL) OVER w FROM t WINDOW w AS (ORDER BY b);
SELECT json_agg(x ORDER BY y) FILTER (WHERE z) FROM t;
SELECT bool_and(a) FILTER (WHERE b) , bool_or(a) FROM t;
SELECT avg(x) OVER (ORDER BY y) FILTER_VALUE FROM t;

-- casts with ::
SELECT '42'::int;
SELECT 'abc'::text, 1::bigint, 2.5::numeric(10, 2);
SELECT a::text FROM t;
SELECT a::int::text FROM t;
SELECT -a::int FROM t;
SELECT (a + b)::float8 FROM t;
SELECT '{1,2,3}'::int[];
SELECT '{{1},{2}}'::int[][];
SELECT count(*)::int FROM t;
SELECT x FROM t WHERE created_at::date = '2024-01-01'::date;
SELECT x::varchar(20) || 'suffix' FROM t;
SELECT 1 WHERE a::int BETWEEN 1::int AND 2::int;
SELECT CAST(a AS int)::text FROM t;
SELECT now()::date;
SELECT t.a::double precision FROM t;
SELECT "quoted"::text FROM t;
SELECT $1::int;

-- pattern matching and tests
SELECT 'abc' ILIKE 'A%';
SELECT 'abc' NOT ILIKE 'A%';
SELECT * FROM t WHERE name ILIKE '%smith%' ESCAPE '!';
SELECT 'abc' SIMILAR TO 'abc';
SELECT 'abc' SIMILAR TO '%(b|d)%';
SELECT 'abc' NOT SIMILAR TO '(b|c)%';
SELECT 'abc' SIMILAR TO '%#"b#"%' ESCAPE '#';
SELECT * FROM t WHERE flag IS TRUE;
SELECT * FROM t WHERE flag IS NOT TRUE;
SELECT * FROM t WHERE flag IS FALSE OR flag IS NOT FALSE;
SELECT * FROM t WHERE flag IS UNKNOWN;
SELECT * FROM t WHERE flag IS NOT UNKNOWN;
SELECT * FROM t WHERE a IS DISTINCT FROM b;
SELECT * FROM t WHERE a IS NOT DISTINCT FROM NULL;
SELECT (a = b) IS TRUE FROM t;

-- the new keywords are names too
SELECT over, partition, filter, within, range, groups, preceding, following, exclude, ties, others, no, current, unknown FROM t;
SELECT t.range, t.groups FROM t AS range;
