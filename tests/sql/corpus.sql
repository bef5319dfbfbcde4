-- The SQL corpus: every construct of the grammar, one statement per entry.
-- Each statement must parse, print, and parse again to the same tree.

-- select lists
SELECT 1;
SELECT *;
SELECT * FROM t;
SELECT a FROM t;
SELECT a, b, c FROM t;
SELECT DISTINCT a FROM t;
SELECT ALL a FROM t;
SELECT a AS x, b y, c AS "Z z" FROM t;
SELECT t.* FROM t;
SELECT s.t.*, t.a FROM s.t;
SELECT a.b.c FROM a.b;
SELECT "select", "Mixed Case", "with ""quotes""" FROM "my table";
SELECT x "alias" FROM t;
SELECT a + b AS total, a * 2 double_a FROM t;

-- from: aliases, derived tables, joins
SELECT * FROM t AS u;
SELECT * FROM t u;
SELECT * FROM t AS u (a, b);
SELECT * FROM t u (a, b, c);
SELECT * FROM (SELECT 1) AS d;
SELECT * FROM (SELECT 1, 2) d (x, y);
SELECT * FROM (SELECT a FROM t) AS d (x);
SELECT * FROM (SELECT a FROM t WHERE a > 1) sub;
SELECT * FROM a, b, c;
SELECT * FROM a, b WHERE a.id = b.id;
SELECT * FROM a JOIN b ON a.id = b.id;
SELECT * FROM a INNER JOIN b ON a.id = b.id;
SELECT * FROM a LEFT JOIN b ON a.id = b.id;
SELECT * FROM a LEFT OUTER JOIN b ON a.id = b.id;
SELECT * FROM a RIGHT JOIN b ON a.id = b.id;
SELECT * FROM a RIGHT OUTER JOIN b ON a.id = b.id;
SELECT * FROM a FULL JOIN b ON a.id = b.id;
SELECT * FROM a FULL OUTER JOIN b ON a.id = b.id AND a.k = b.k;
SELECT * FROM a CROSS JOIN b;
SELECT * FROM a NATURAL JOIN b;
SELECT * FROM a NATURAL LEFT JOIN b;
SELECT * FROM a NATURAL RIGHT OUTER JOIN b;
SELECT * FROM a NATURAL FULL JOIN b;
SELECT * FROM a NATURAL INNER JOIN b;
SELECT * FROM a JOIN b USING (id);
SELECT * FROM a LEFT JOIN b USING (id, k);
SELECT * FROM a x JOIN b y ON x.id = y.id JOIN c z ON y.id = z.id;
SELECT * FROM a JOIN (SELECT id FROM b) AS bb ON a.id = bb.id;
SELECT * FROM a, b JOIN c ON b.id = c.id, d;
SELECT * FROM a CROSS JOIN b LEFT JOIN c ON b.x = c.x;

-- where, group by, having
SELECT a FROM t WHERE a = 1;
SELECT a FROM t WHERE a <> 1 AND b != 2;
SELECT a FROM t WHERE a < 1 OR a <= 2 OR a > 3 OR a >= 4;
SELECT a, COUNT(*) FROM t GROUP BY a;
SELECT a, b, SUM(c) FROM t GROUP BY a, b;
SELECT a, COUNT(*) FROM t GROUP BY a HAVING COUNT(*) > 1;
SELECT a, MAX(b) FROM t WHERE c IS NOT NULL GROUP BY a HAVING MAX(b) < 10 AND MIN(b) > 0;
SELECT COUNT(DISTINCT a), COUNT(ALL b), AVG(c) FROM t;
SELECT f(), g(1), h(1, 2, 3), s.fn(x) FROM t;
SELECT coalesce(a, b, 0), nullif(a, 0), upper(name), lower(name) FROM t;

-- order by, limit, offset, fetch
SELECT a FROM t ORDER BY a;
SELECT a FROM t ORDER BY a ASC;
SELECT a FROM t ORDER BY a DESC;
SELECT a FROM t ORDER BY a NULLS FIRST;
SELECT a FROM t ORDER BY a DESC NULLS LAST, b ASC NULLS FIRST, c;
SELECT a FROM t ORDER BY 1, 2 DESC;
SELECT a FROM t LIMIT 10;
SELECT a FROM t LIMIT 10 OFFSET 20;
SELECT a FROM t ORDER BY a LIMIT 5 OFFSET 5;
SELECT a FROM t OFFSET 10;
SELECT a FROM t OFFSET 10 ROWS;
SELECT a FROM t OFFSET 1 ROW;
SELECT a FROM t OFFSET 10 ROWS FETCH FIRST 5 ROWS ONLY;
SELECT a FROM t ORDER BY a OFFSET 0 ROWS FETCH NEXT 1 ROW ONLY;
SELECT a FROM t FETCH FIRST 3 ROWS ONLY;
SELECT a FROM t FETCH FIRST ROW ONLY;
SELECT a FROM t LIMIT ?;
SELECT a FROM t LIMIT $1 OFFSET $2;

-- set operations
SELECT a FROM t UNION SELECT a FROM u;
SELECT a FROM t UNION ALL SELECT a FROM u;
SELECT a FROM t UNION DISTINCT SELECT a FROM u;
SELECT a FROM t INTERSECT SELECT a FROM u;
SELECT a FROM t INTERSECT ALL SELECT a FROM u;
SELECT a FROM t EXCEPT SELECT a FROM u;
SELECT a FROM t EXCEPT ALL SELECT a FROM u;
SELECT 1 UNION SELECT 2 UNION SELECT 3;
SELECT 1 UNION SELECT 2 INTERSECT SELECT 3;
SELECT 1 INTERSECT SELECT 2 UNION SELECT 3;
SELECT 1 EXCEPT SELECT 2 EXCEPT SELECT 3;
(SELECT 1) UNION (SELECT 2);
(SELECT a FROM t ORDER BY a LIMIT 1) UNION ALL (SELECT a FROM u ORDER BY a DESC LIMIT 1);
SELECT 1 UNION (SELECT 2 UNION SELECT 3);
(SELECT 1 UNION SELECT 2) ORDER BY 1 LIMIT 1;
SELECT a FROM t UNION SELECT b FROM u ORDER BY 1;
(SELECT 1);
((SELECT 1));

-- common table expressions
WITH x AS (SELECT 1) SELECT * FROM x;
WITH x (a, b) AS (SELECT 1, 2) SELECT a, b FROM x;
WITH x AS (SELECT 1), y AS (SELECT 2) SELECT * FROM x, y;
WITH RECURSIVE r (n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 10) SELECT n FROM r;
WITH x AS (SELECT a FROM t) SELECT a FROM x ORDER BY a LIMIT 3;
WITH x AS (SELECT 1) (SELECT * FROM x);

-- subqueries
SELECT (SELECT MAX(a) FROM t) AS m;
SELECT a FROM t WHERE a = (SELECT MIN(a) FROM t);
SELECT a FROM t WHERE a IN (SELECT b FROM u);
SELECT a FROM t WHERE a NOT IN (SELECT b FROM u WHERE u.c = t.c);
SELECT a FROM t WHERE EXISTS (SELECT 1 FROM u WHERE u.id = t.id);
SELECT a FROM t WHERE NOT EXISTS (SELECT 1 FROM u);
SELECT a FROM t WHERE a = ANY (SELECT b FROM u);
SELECT a FROM t WHERE a > ALL (SELECT b FROM u);
SELECT a FROM t WHERE a <> SOME (SELECT b FROM u);
SELECT a FROM t WHERE a <= ANY (SELECT b FROM u) AND a >= ALL (SELECT c FROM v) OR a < ANY (SELECT 1);
SELECT a FROM t WHERE a IN ((SELECT 1), 2);
SELECT ((SELECT 1)) + 1;
SELECT a FROM t WHERE (SELECT COUNT(*) FROM u WHERE u.a = t.a) > 2;

-- expressions: precedence and parentheses
SELECT 1 + 2 * 3 - 4 / 5 % 6;
SELECT (1 + 2) * 3;
SELECT -a, +b, - -c, -(-d), a - -b FROM t;
SELECT 'a' || 'b' || c FROM t;
SELECT a FROM t WHERE NOT a = 1 AND b = 2 OR c = 3;
SELECT a FROM t WHERE NOT (a = 1 AND (b = 2 OR c = 3));
SELECT a FROM t WHERE a = 1 OR b = 2 AND c = 3;
SELECT a FROM t WHERE (a = 1 OR b = 2) AND c = 3;
SELECT a FROM t WHERE a + 1 > b * 2 AND c || 'x' = d;
SELECT NOT NOT TRUE;

-- IS, BETWEEN, IN, LIKE
SELECT a FROM t WHERE a IS NULL;
SELECT a FROM t WHERE a IS NOT NULL AND b IS NULL;
SELECT a FROM t WHERE a IS DISTINCT FROM b;
SELECT a FROM t WHERE a IS NOT DISTINCT FROM b + 1;
SELECT a FROM t WHERE a BETWEEN 1 AND 10;
SELECT a FROM t WHERE a NOT BETWEEN 1 AND 10;
SELECT a FROM t WHERE a BETWEEN b - 1 AND b + 1 AND c = 2;
SELECT a FROM t WHERE a BETWEEN -1 AND 1 OR a BETWEEN (SELECT 1) AND 5;
SELECT a FROM t WHERE a IN (1, 2, 3);
SELECT a FROM t WHERE a NOT IN ('x', 'y');
SELECT a FROM t WHERE a IN (b + 1, c * 2, (d));
SELECT a FROM t WHERE a LIKE 'abc%';
SELECT a FROM t WHERE a NOT LIKE '%x_' AND b LIKE c || '%';
SELECT a FROM t WHERE a LIKE '10!%' ESCAPE '!';
SELECT a FROM t WHERE a NOT LIKE '\_%' ESCAPE '\';

-- CASE, CAST and special functions
SELECT CASE WHEN a > 0 THEN 'pos' WHEN a < 0 THEN 'neg' ELSE 'zero' END FROM t;
SELECT CASE a WHEN 1 THEN 'one' WHEN 2 THEN 'two' END FROM t;
SELECT CASE WHEN a IS NULL THEN 0 ELSE CASE WHEN b THEN 1 END END FROM t;
SELECT SUM(CASE WHEN x = 'A' THEN amount ELSE 0 END) / SUM(amount) FROM t;
SELECT CAST(a AS INT), CAST(b AS DECIMAL(15, 2)), CAST(c AS VARCHAR(25)) FROM t;
SELECT CAST('1' AS DOUBLE PRECISION), CAST(d AS DATE), CAST(e AS TIMESTAMP), CAST(f AS CHAR(10));
SELECT EXTRACT(YEAR FROM d), EXTRACT(month FROM d), EXTRACT(DAY FROM CAST(s AS DATE)) FROM t;
SELECT SUBSTRING(s FROM 1 FOR 3), SUBSTRING(s FROM 2), SUBSTRING(s, 1, 2) FROM t;
SELECT POSITION('a' IN s), POSITION(x || 'b' IN upper(s)) FROM t;
SELECT TRIM(s), TRIM('x' FROM s), TRIM(LEADING FROM s), TRIM(TRAILING 'y' FROM s), TRIM(BOTH ' ' FROM s) FROM t;

-- literals and names
SELECT 0, 42, 3.14, .5, 1., 1e10, 2.5E-3, 6e+2;
SELECT 'text', '', 'it''s', 'two '' quotes ''';
SELECT TRUE, FALSE, NULL;
SELECT DATE '1998-12-01', TIME '12:30:00', TIMESTAMP '2020-01-01 00:00:00';
SELECT INTERVAL '90' DAY, INTERVAL '3' MONTH, INTERVAL '1' YEAR, INTERVAL '2' HOUR, INTERVAL '5' MINUTE;
SELECT INTERVAL '1.5' SECOND(3), INTERVAL '1 day';
SELECT DATE '1998-12-01' - INTERVAL '90' DAY(3);
SELECT ?, ?, $1, $12 FROM t WHERE a = ? AND b = $2;
SELECT date, time, timestamp, year, month, day, hour, minute, second FROM t;
SELECT first, last, next, nulls, row, rows, only, key, precision FROM t;
SELECT a AS date, b AS first FROM t AS key;
SELECT t.date, "order".key FROM "order";

-- insert
INSERT INTO t VALUES (1);
INSERT INTO t VALUES (1, 'a', NULL), (2, 'b', TRUE);
INSERT INTO t (a, b) VALUES (1, 2);
INSERT INTO s.t (a) VALUES (1 + 2), (3 * 4), (-5);
INSERT INTO t SELECT * FROM u;
INSERT INTO t (a, b) SELECT x, y FROM u WHERE x > 0;
INSERT INTO t (SELECT * FROM u);
INSERT INTO t (a) (SELECT 1 UNION SELECT 2);
INSERT INTO t WITH x AS (SELECT 1) SELECT * FROM x;
INSERT INTO t (a, date) VALUES (?, $2);

-- update
UPDATE t SET a = 1;
UPDATE t SET a = 1, b = b + 1 WHERE c = 2;
UPDATE t AS x SET a = x.b WHERE x.c IN (SELECT c FROM u);
UPDATE t x SET a = NULL;
UPDATE s.t SET a = CASE WHEN a > 0 THEN a ELSE 0 END WHERE b BETWEEN 1 AND 2;
UPDATE t SET name = 'x', key = ? WHERE id = $1;

-- delete
DELETE FROM t;
DELETE FROM t WHERE a = 1;
DELETE FROM s.t WHERE a IN (SELECT b FROM u) OR c IS NULL;
DELETE FROM t WHERE NOT EXISTS (SELECT 1 FROM u WHERE u.id = t.id);

-- create table
CREATE TABLE t (a INT);
CREATE TABLE IF NOT EXISTS t (a INT, b TEXT);
CREATE TABLE s.t (id INTEGER PRIMARY KEY, name VARCHAR(25) NOT NULL, price DECIMAL(15, 2) DEFAULT 0);
CREATE TABLE t (a CHAR(10) NULL, b DOUBLE PRECISION NOT NULL, c DATE, d TIMESTAMP, e TIME);
CREATE TABLE t (a INT UNIQUE, b INT REFERENCES u, c INT REFERENCES u (id), d INT CHECK (d > 0));
CREATE TABLE t (a INT DEFAULT -1 NOT NULL, b VARCHAR(10) DEFAULT 'x' || 'y', c INT DEFAULT NULL);
CREATE TABLE t (a INT CONSTRAINT nn NOT NULL CONSTRAINT pos CHECK (a > 0));
CREATE TABLE t (a INT, b INT, PRIMARY KEY (a, b));
CREATE TABLE t (a INT, UNIQUE (a), CHECK (a < 100));
CREATE TABLE t (a INT, b INT, FOREIGN KEY (a, b) REFERENCES u (x, y));
CREATE TABLE t (a INT, FOREIGN KEY (a) REFERENCES u);
CREATE TABLE t (a INT, CONSTRAINT pk PRIMARY KEY (a), CONSTRAINT fk FOREIGN KEY (a) REFERENCES u (id));
CREATE TABLE lineitem (l_orderkey INTEGER NOT NULL, l_quantity DECIMAL(15, 2) NOT NULL, l_shipdate DATE NOT NULL, l_comment VARCHAR(44) NOT NULL, PRIMARY KEY (l_orderkey));
CREATE TABLE "Weird Name" ("a b" INT, key INT, date DATE, first TEXT);

-- create view, drop
CREATE VIEW v AS SELECT 1;
CREATE VIEW v (a, b) AS SELECT x, y FROM t;
CREATE VIEW s.v AS WITH x AS (SELECT 1) SELECT * FROM x;
CREATE VIEW v AS (SELECT a FROM t) UNION (SELECT b FROM u);
DROP TABLE t;
DROP TABLE IF EXISTS t;
DROP TABLE a, s.b, c;
DROP VIEW v;
DROP VIEW IF EXISTS v, w;

-- analytic queries (TPC-H style)
SELECT l_returnflag, l_linestatus, SUM(l_quantity) AS sum_qty, SUM(l_extendedprice * (1 - l_discount)) AS sum_disc_price, AVG(l_discount) AS avg_disc, COUNT(*) AS count_order FROM lineitem WHERE l_shipdate <= DATE '1998-12-01' - INTERVAL '90' DAY GROUP BY l_returnflag, l_linestatus ORDER BY l_returnflag, l_linestatus;
SELECT s_acctbal, s_name, n_name, p_partkey FROM part, supplier, partsupp, nation, region WHERE p_partkey = ps_partkey AND s_suppkey = ps_suppkey AND p_size = 15 AND p_type LIKE '%BRASS' AND ps_supplycost = (SELECT MIN(ps_supplycost) FROM partsupp, supplier WHERE p_partkey = ps_partkey) ORDER BY s_acctbal DESC, n_name LIMIT 100;
SELECT l_orderkey, SUM(l_extendedprice * (1 - l_discount)) AS revenue, o_orderdate FROM customer, orders, lineitem WHERE c_mktsegment = 'BUILDING' AND c_custkey = o_custkey AND o_orderdate < DATE '1995-03-15' GROUP BY l_orderkey, o_orderdate ORDER BY revenue DESC, o_orderdate LIMIT 10;
SELECT o_orderpriority, COUNT(*) AS order_count FROM orders WHERE o_orderdate >= DATE '1993-07-01' AND o_orderdate < DATE '1993-07-01' + INTERVAL '3' MONTH AND EXISTS (SELECT * FROM lineitem WHERE l_orderkey = o_orderkey AND l_commitdate < l_receiptdate) GROUP BY o_orderpriority ORDER BY o_orderpriority;
SELECT SUM(l_extendedprice * l_discount) AS revenue FROM lineitem WHERE l_shipdate >= DATE '1994-01-01' AND l_discount BETWEEN 0.06 - 0.01 AND 0.06 + 0.01 AND l_quantity < 24;
SELECT supp_nation, cust_nation, l_year, SUM(volume) AS revenue FROM (SELECT n1.n_name AS supp_nation, n2.n_name AS cust_nation, EXTRACT(YEAR FROM l_shipdate) AS l_year, l_extendedprice * (1 - l_discount) AS volume FROM supplier, lineitem, nation n1, nation n2 WHERE (n1.n_name = 'FRANCE' AND n2.n_name = 'GERMANY') OR (n1.n_name = 'GERMANY' AND n2.n_name = 'FRANCE')) AS shipping GROUP BY supp_nation, cust_nation, l_year ORDER BY supp_nation;
SELECT c_count, COUNT(*) AS custdist FROM (SELECT c_custkey, COUNT(o_orderkey) FROM customer LEFT OUTER JOIN orders ON c_custkey = o_custkey AND o_comment NOT LIKE '%special%requests%' GROUP BY c_custkey) AS c_orders (c_custkey, c_count) GROUP BY c_count ORDER BY custdist DESC, c_count DESC;
SELECT 100.00 * SUM(CASE WHEN p_type LIKE 'PROMO%' THEN l_extendedprice * (1 - l_discount) ELSE 0 END) / SUM(l_extendedprice * (1 - l_discount)) AS promo_revenue FROM lineitem, part WHERE l_partkey = p_partkey;
SELECT p_brand, p_type, p_size, COUNT(DISTINCT ps_suppkey) AS supplier_cnt FROM partsupp, part WHERE p_partkey = ps_partkey AND p_brand <> 'Brand#45' AND p_size IN (49, 14, 23, 45, 19, 3, 36, 9) AND ps_suppkey NOT IN (SELECT s_suppkey FROM supplier WHERE s_comment LIKE '%Customer%Complaints%') GROUP BY p_brand, p_type, p_size;
SELECT cntrycode, COUNT(*) AS numcust FROM (SELECT SUBSTRING(c_phone FROM 1 FOR 2) AS cntrycode, c_acctbal FROM customer WHERE SUBSTRING(c_phone FROM 1 FOR 2) IN ('13', '31', '23') AND c_acctbal > (SELECT AVG(c_acctbal) FROM customer WHERE c_acctbal > 0.00)) AS custsale GROUP BY cntrycode ORDER BY cntrycode;
SELECT u.id, u.name, COUNT(o.id) AS orders FROM users u LEFT JOIN orders o ON o.user_id = u.id WHERE u.created_at >= TIMESTAMP '2024-01-01 00:00:00' AND (u.status = 'active' OR u.status IS NULL) GROUP BY u.id, u.name HAVING COUNT(o.id) >= 3 ORDER BY orders DESC NULLS LAST LIMIT 20 OFFSET 40;
SELECT * FROM events e WHERE e.kind IN ('click', 'view') AND e.ts BETWEEN ? AND ? AND e.user_id = ANY (SELECT id FROM users WHERE banned IS DISTINCT FROM TRUE);
