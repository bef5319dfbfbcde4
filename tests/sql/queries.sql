-- Query clauses and expressions, written from the PostgreSQL documentation (SELECT, sections
-- 4.2 Value Expressions, 8.15 Arrays, 9.24 Row and Array Comparisons, 9.9 Date/Time
-- Functions, 24.2 Collation Support). One statement a line.

-- DISTINCT ON, LIMIT ALL, OFFSET before LIMIT
SELECT DISTINCT ON (location) location, time, report FROM weather_reports ORDER BY location, time DESC;
SELECT DISTINCT ON (a, b) a, b, c FROM t ORDER BY a, b, c;
SELECT DISTINCT ON (lower(name)) name FROM users;
SELECT * FROM t LIMIT ALL;
SELECT * FROM t ORDER BY a LIMIT ALL OFFSET 10;
SELECT * FROM t ORDER BY a OFFSET 20 LIMIT 10;
SELECT * FROM t OFFSET 5 ROWS LIMIT 3;
SELECT * FROM t LIMIT $1 OFFSET $2;

-- locking
SELECT * FROM jobs WHERE state = 'queued' ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED;
SELECT * FROM accounts WHERE id = 1 FOR UPDATE;
SELECT * FROM accounts WHERE id = 1 FOR UPDATE NOWAIT;
SELECT * FROM a JOIN b ON a.id = b.a_id FOR UPDATE OF a;
SELECT * FROM a, b FOR SHARE OF a, b;
SELECT * FROM t FOR NO KEY UPDATE;
SELECT * FROM t FOR KEY SHARE SKIP LOCKED;
SELECT * FROM a, b FOR UPDATE OF a FOR SHARE OF b NOWAIT;
WITH q AS (SELECT id FROM jobs) SELECT * FROM q FOR UPDATE;
SELECT id FROM t LIMIT 10 FOR UPDATE;

-- LATERAL
SELECT * FROM foo, LATERAL (SELECT * FROM bar WHERE bar.id = foo.bar_id) ss;
SELECT p1.id, p2.id, v1, v2 FROM polygons p1, polygons p2, LATERAL vertices(p1.poly) v1, LATERAL vertices(p2.poly) v2 WHERE distance(v1, v2) < 10 AND p1.id <> p2.id;
SELECT m.name FROM manufacturers m LEFT JOIN LATERAL get_product_names(m.id) pname ON TRUE WHERE pname IS NULL;
SELECT * FROM users u CROSS JOIN LATERAL (SELECT * FROM orders o WHERE o.user_id = u.id ORDER BY o.created_at DESC LIMIT 3) AS recent;
SELECT * FROM generate_series(1, 3) AS g (n), LATERAL generate_series(1, n) AS h (m);

-- arrays and subscripts
SELECT ARRAY[1, 2, 3 + 4];
SELECT ARRAY[1, 2] || ARRAY[3, 4];
SELECT ARRAY[ARRAY[1, 2], ARRAY[3, 4]];
SELECT ARRAY[]::integer[];
SELECT ARRAY(SELECT oid FROM pg_proc WHERE proname LIKE 'bytea%');
SELECT pay_by_quarter[3] FROM sal_emp;
SELECT name FROM sal_emp WHERE pay_by_quarter[1] <> pay_by_quarter[2];
SELECT schedule[1:2][1:1] FROM sal_emp WHERE name = 'Bill';
SELECT schedule[:2][2:] FROM sal_emp WHERE name = 'Bill';
SELECT schedule[:][1:1] FROM sal_emp WHERE name = 'Bill';
SELECT (array_agg(x ORDER BY y))[1] FROM t;
SELECT f(x)[1], a.b[2] FROM t AS a;
SELECT -a[1] FROM t;
SELECT * FROM sal_emp WHERE 10000 = ANY (pay_by_quarter);
SELECT * FROM sal_emp WHERE 10000 = ALL (pay_by_quarter);
SELECT * FROM users WHERE id = ANY ($1);
SELECT * FROM users WHERE id = ANY ($1::int[]);
SELECT * FROM users WHERE id <> ALL (ARRAY[1, 2, 3]);
SELECT * FROM t WHERE a > SOME (ARRAY[1, 2]);
SELECT * FROM t WHERE a = ANY (SELECT b FROM u);
SELECT * FROM t WHERE a = ANY ((SELECT b FROM u));
SELECT * FROM t WHERE tags[1] = 'x' AND tags[2:3] = ARRAY['y', 'z'];

-- time zones and collations
SELECT TIMESTAMP '2001-02-16 20:38:40' AT TIME ZONE 'America/Denver';
SELECT created_at AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Paris' FROM events;
SELECT now() AT TIME ZONE tz FROM users;
SELECT a + b AT TIME ZONE 'UTC' FROM t;
SELECT a < b COLLATE "de_DE" FROM test1;
SELECT a COLLATE "de_DE" < b FROM test1;
SELECT * FROM test1 ORDER BY a || b COLLATE "fr_FR";
SELECT name FROM users ORDER BY name COLLATE "C";
SELECT a COLLATE pg_catalog."default" FROM t;

-- FETCH, GROUP BY ALL, LIKE ANY, USING aliases
SELECT * FROM t ORDER BY a FETCH FIRST 10 ROWS WITH TIES;
SELECT * FROM t ORDER BY a OFFSET 5 ROWS FETCH NEXT 3 ROWS ONLY;
SELECT * FROM t ORDER BY a FETCH FIRST 10 PERCENT ROWS ONLY;
SELECT * FROM t FETCH FIRST ROW ONLY;
SELECT a, b, count(*) FROM t GROUP BY ALL;
SELECT * FROM t WHERE name LIKE ANY (ARRAY['a%', 'b%']);
SELECT * FROM t WHERE name ILIKE ALL (ARRAY['%a%', '%b%']);
SELECT * FROM t WHERE name NOT LIKE ANY ('x%', 'y%');
SELECT j.id FROM a JOIN b USING (id) AS j;
SELECT * FROM a LEFT JOIN b USING (x, y) AS u WHERE u.x > 1;

-- SELECT ... INTO
SELECT * INTO films_recent FROM films WHERE date_prod >= '2002-01-01';
SELECT a, b INTO TEMPORARY TABLE tmp_ab FROM t;
SELECT a INTO TEMP t2 FROM t;
SELECT a INTO UNLOGGED TABLE s.t3 FROM t WHERE a > 1;
SELECT a INTO TABLE t4 FROM t GROUP BY a;
SELECT 1 AS x INTO temp;
SELECT a INTO unlogged FROM t;
SELECT DISTINCT a INTO new_t FROM t UNION SELECT b FROM u;

-- LIKE ANY | ALL (subquery)
SELECT * FROM t WHERE name LIKE ANY (SELECT pattern FROM patterns);
SELECT * FROM t WHERE name NOT ILIKE ALL (SELECT p FROM blocked WHERE active);
SELECT * FROM t WHERE name SIMILAR TO ANY (SELECT re FROM rules);
SELECT * FROM t WHERE name LIKE ALL ((SELECT p FROM q));
SELECT * FROM t WHERE name LIKE ANY ((SELECT p FROM q LIMIT 1), 'x%');
SELECT name NOT LIKE ANY (SELECT p FROM q UNION SELECT 'y%') AS ok FROM t;
