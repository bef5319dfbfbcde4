-- Data changes and VALUES, written from the PostgreSQL documentation (INSERT, UPDATE,
-- DELETE, VALUES and section 6.4, Returning Data from Modified Rows). One statement a line.

-- INSERT
INSERT INTO films VALUES ('UA502', 'Bananas', 105, '1971-07-13', 'Comedy', '82 minutes');
INSERT INTO films (code, title, did, date_prod, kind) VALUES ('T_601', 'Yojimbo', 106, '1961-06-16', 'Drama');
INSERT INTO films VALUES ('UA502', 'Bananas', 105, DEFAULT, 'Comedy', '82 minutes');
INSERT INTO films (code, title, did, date_prod, kind) VALUES ('T_601', 'Yojimbo', 106, DEFAULT, 'Drama');
INSERT INTO films DEFAULT VALUES;
INSERT INTO films (code, title, did, date_prod, kind) VALUES ('B6717', 'Tampopo', 110, '1985-02-10', 'Comedy'), ('HG120', 'The Dinner Game', 140, DEFAULT, 'Comedy');
INSERT INTO films SELECT * FROM tmp_films WHERE date_prod < '2004-05-07';
INSERT INTO distributors (did, dname) VALUES (DEFAULT, 'XYZ Widgets') RETURNING did;
INSERT INTO distributors (did, dname) VALUES (5, 'Gizmo Transglobal'), (6, 'Associated Computing, Inc') ON CONFLICT (did) DO UPDATE SET dname = EXCLUDED.dname;
INSERT INTO distributors (did, dname) VALUES (7, 'Redline GmbH') ON CONFLICT (did) DO NOTHING;
INSERT INTO distributors (did, dname) VALUES (8, 'Anvil Distribution') ON CONFLICT (did) DO UPDATE SET dname = EXCLUDED.dname || ' (formerly ' || d.dname || ')' WHERE d.zipcode <> '21201';
INSERT INTO distributors (did, dname) VALUES (9, 'Antwerp Design') ON CONFLICT ON CONSTRAINT distributors_pkey DO NOTHING;
INSERT INTO distributors (did, dname) VALUES (10, 'Conrad International') ON CONFLICT (did) WHERE is_active DO NOTHING;
INSERT INTO distributors (did, dname) VALUES (11, 'x') ON CONFLICT DO NOTHING;
INSERT INTO users (id, name) VALUES ($1, $2) ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name RETURNING id, name;
INSERT INTO users (email) VALUES ('a@b.c') RETURNING *;
INSERT INTO users (email) VALUES ('a@b.c') RETURNING id AS new_id, created_at;
INSERT INTO counters (k, n) VALUES ('a', 1) ON CONFLICT (k) DO UPDATE SET n = counters.n + 1 RETURNING n;
INSERT INTO t (a, b) SELECT a, b FROM u ON CONFLICT (a, b) DO NOTHING RETURNING a;
INSERT INTO t SELECT 1 RETURNING *;
INSERT INTO t (a) VALUES (1) ON CONFLICT (a) DO UPDATE SET a = DEFAULT;
INSERT INTO t (a) (SELECT 1);
INSERT INTO t VALUES (1), (2) ORDER BY 1;
INSERT INTO tbl (a, b) VALUES (?, ?);
INSERT INTO s.t (a) VALUES (now()), (now() - INTERVAL '1' DAY);

-- UPDATE
UPDATE films SET kind = 'Dramatic' WHERE kind = 'Drama';
UPDATE weather SET temp_lo = temp_lo + 1, temp_hi = temp_lo + 15, prcp = DEFAULT WHERE city = 'San Francisco' AND date = '2003-07-03';
UPDATE weather SET temp_lo = temp_lo + 1, temp_hi = temp_lo + 15, prcp = DEFAULT WHERE city = 'San Francisco' AND date = '2003-07-03' RETURNING temp_lo, temp_hi, prcp;
UPDATE employees SET sales_count = sales_count + 1 FROM accounts WHERE accounts.name = 'Acme Corporation' AND employees.id = accounts.sales_person;
UPDATE employees SET sales_count = sales_count + 1 WHERE id = (SELECT sales_person FROM accounts WHERE name = 'Acme Corporation');
UPDATE summary s SET sum_x = x.sum_x FROM (SELECT group_id, sum(x) AS sum_x FROM data GROUP BY group_id) AS x WHERE s.group_id = x.group_id;
UPDATE products SET price = price * 1.10 WHERE price <= 99.99 RETURNING name, price AS new_price;
UPDATE t AS a SET x = b.x FROM b, c WHERE a.id = b.id AND b.k = c.k;
UPDATE t SET x = 1 FROM u JOIN v ON u.id = v.id WHERE t.id = u.id RETURNING t.*;
UPDATE accounts SET balance = balance - 100.00 WHERE name = 'Alice';
UPDATE t SET a = NULL, b = DEFAULT;
UPDATE t SET a = $1 WHERE id = $2 RETURNING *;

-- DELETE
DELETE FROM films WHERE kind <> 'Musical';
DELETE FROM films;
DELETE FROM films USING producers WHERE producer_id = producers.id AND producers.name = 'foo';
DELETE FROM films WHERE producer_id IN (SELECT id FROM producers WHERE name = 'foo');
DELETE FROM tasks WHERE status = 'DONE' RETURNING *;
DELETE FROM products WHERE obsoletion_date = 'today' RETURNING *;
DELETE FROM t AS x USING u, v WHERE x.a = u.a AND u.b = v.b RETURNING x.id;
DELETE FROM t x WHERE x.a > 1;
DELETE FROM user_logs WHERE created_at < now() - INTERVAL '30' DAY RETURNING id, user_id;

-- VALUES as a query
VALUES (1, 'one'), (2, 'two'), (3, 'three');
VALUES (1);
VALUES (1, 2) UNION ALL VALUES (3, 4);
VALUES (3), (1), (2) ORDER BY 1;
VALUES (1), (2) ORDER BY 1 DESC LIMIT 1;
SELECT * FROM (VALUES (1, 'one'), (2, 'two'), (3, 'three')) AS t (num, letter);
SELECT * FROM (VALUES (1, 'a')) v (n, s) WHERE n > 0;
SELECT f.* FROM films f, (VALUES ('MGM', 'Horror'), ('UA', 'Sci-Fi')) AS t (studio, kind) WHERE f.studio = t.studio AND f.kind = t.kind;
UPDATE employees SET salary = salary * v.increase FROM (VALUES (1, 200000, 1.2), (2, 400000, 1.4)) AS v (depno, target, increase) WHERE employees.depno = v.depno AND employees.sales >= v.target;
SELECT * FROM machines WHERE ip_address IN (VALUES ('192.168.0.1'::inet), ('192.168.0.10'), ('192.168.1.43'));
WITH v (a) AS (VALUES (1), (2)) SELECT a FROM v;
SELECT 1 UNION VALUES (2);
(VALUES (1)) UNION (VALUES (2));
INSERT INTO users (email, name) VALUES ('a@example.com', 'A') ON CONFLICT ((lower(email))) DO NOTHING;
INSERT INTO users (email, name) VALUES ('a@example.com', 'A') ON CONFLICT (lower(email)) DO UPDATE SET name = EXCLUDED.name;
INSERT INTO t (a, b) VALUES (1, 2) ON CONFLICT (a, (b + 1)) WHERE a > 0 DO UPDATE SET b = EXCLUDED.b;
INSERT INTO t (a, b) VALUES (1, 2) ON CONFLICT (a, (b + 1)) WHERE a > 0 DO UPDATE SET b = EXCLUDED.b WHERE t.b <> EXCLUDED.b RETURNING a;
INSERT INTO t (a, b) VALUES (1, 2) ON CONFLICT ((a || b), (coalesce(b, 0))) DO NOTHING;
INSERT INTO t (a) VALUES (1) ON CONFLICT (s.normalize(a), a) WHERE deleted_at IS NULL DO NOTHING;
INSERT INTO t (a) VALUES (1) ON CONFLICT ((a COLLATE "C")) DO NOTHING;
INSERT INTO t (a) VALUES (1) ON CONFLICT ON CONSTRAINT t_a_key DO NOTHING;
INSERT INTO t (a) VALUES (1) ON CONFLICT ON CONSTRAINT "T Key" DO UPDATE SET a = t.a + 1;
INSERT INTO t AS x (a, b) VALUES (:a, :b) ON CONFLICT (a) WHERE b IS NOT NULL DO UPDATE SET b = EXCLUDED.b WHERE x.b IS DISTINCT FROM EXCLUDED.b;
INSERT INTO t (a, b) SELECT a, b FROM u ON CONFLICT ((a + b), date_trunc('day', b)) DO NOTHING;
INSERT INTO t (key, value) VALUES ('k', 'v') ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value;
