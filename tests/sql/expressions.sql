-- Special expression forms, row values and common table expressions, written from the
-- PostgreSQL documentation (sections 9.4 String Functions, 9.2 Comparison Operators, 9.24
-- Row Comparisons, 4.2.13 Row Constructors, 8.16 Composite Types, 7.8 WITH Queries,
-- SELECT's TABLE command). One statement a line.

-- string functions with keyword syntax
SELECT substring('Thomas' FROM 2 FOR 3);
SELECT substring('Thomas' FROM 3);
SELECT substring('Thomas' FOR 2);
SELECT overlay('Txxxxas' PLACING 'hom' FROM 2 FOR 4);
SELECT overlay('Txxxxas' PLACING 'hom' FROM 2);
SELECT position('om' IN 'Thomas');
SELECT trim(BOTH 'xyz' FROM 'yxTomxx'), trim(LEADING FROM '  x'), trim('  y  ');
SELECT TRY_CAST('x' AS integer), TRY_CAST(a AS date) FROM t;
SELECT CAST('100' AS integer), CAST(a AS varchar(10)) FROM t;
SELECT EXTRACT(YEAR FROM TIMESTAMP '2001-02-16 20:38:40');
SELECT coalesce(description, short_description, '(none)') FROM t;
SELECT nullif(value, '(none)'), greatest(1, 2, 3), least(a, b) FROM t;
SELECT CASE WHEN a = 1 THEN 'one' WHEN a = 2 THEN 'two' ELSE 'other' END FROM test;
SELECT CASE a WHEN 1 THEN 'one' WHEN 2 THEN 'two' ELSE 'other' END FROM test;
SELECT CASE WHEN x IS NULL THEN 0 END FROM t;

-- row values
SELECT ROW(1, 2.5, 'this is a test');
SELECT (1, 2, 3);
SELECT * FROM t WHERE (a, b) = (1, 2);
SELECT * FROM t WHERE (a, b) <> (c, d);
SELECT * FROM t WHERE (a, b) < (c, d);
SELECT * FROM t WHERE (a, b) IN ((1, 2), (3, 4));
SELECT * FROM t WHERE (a, b) NOT IN (SELECT c, d FROM u);
SELECT * FROM t WHERE (a, b) IS DISTINCT FROM (c, d);
SELECT (DATE '2001-02-16', DATE '2001-12-21') OVERLAPS (DATE '2001-10-30', DATE '2002-10-30');
SELECT (start1, end1) OVERLAPS (start2, end2) FROM periods;
SELECT (item).name FROM on_hand WHERE (item).price > 9.99;
SELECT (on_hand.item).name, (compute(x)).total FROM on_hand;
SELECT (ARRAY[1, 2])[1], ((a)).b FROM t;

-- WITH queries and TABLE
WITH regional_sales AS (SELECT region, sum(amount) AS total_sales FROM orders GROUP BY region), top_regions AS (SELECT region FROM regional_sales WHERE total_sales > (SELECT sum(total_sales) / 10 FROM regional_sales)) SELECT region, product, sum(quantity) AS product_units FROM orders WHERE region IN (SELECT region FROM top_regions) GROUP BY region, product;
WITH RECURSIVE t (n) AS (VALUES (1) UNION ALL SELECT n + 1 FROM t WHERE n < 100) SELECT sum(n) FROM t;
WITH w AS MATERIALIZED (SELECT * FROM big_table) SELECT * FROM w WHERE key = 123;
WITH w AS NOT MATERIALIZED (SELECT * FROM big_table) SELECT * FROM w WHERE key = 123;
WITH moved_rows AS (DELETE FROM products WHERE date >= '2010-10-01' AND date < '2010-11-01' RETURNING *) INSERT INTO products_log SELECT * FROM moved_rows;
WITH t AS (UPDATE products SET price = price * 1.05 RETURNING *) SELECT * FROM products;
WITH t AS (INSERT INTO audit (msg) VALUES ('x') RETURNING id) SELECT id FROM t;
WITH t AS (DELETE FROM foo) DELETE FROM bar;
WITH upd AS (UPDATE employees SET sales_count = sales_count + 1 WHERE id = 1 RETURNING id) INSERT INTO log (emp) SELECT id FROM upd;
WITH src AS (SELECT 1 AS id) UPDATE t SET x = 1 FROM src WHERE t.id = src.id RETURNING t.id;
WITH old AS (SELECT id FROM t WHERE stale) DELETE FROM t USING old WHERE t.id = old.id;
TABLE films;
TABLE s.films;
SELECT * FROM a UNION TABLE b;
TABLE a ORDER BY 1 LIMIT 5;
INSERT INTO archive TABLE films;

-- PostgreSQL's other operators: JSON, containment, pattern matching, bits
SELECT data -> 'customer' ->> 'name' FROM orders;
SELECT data ->> 'email' AS email FROM users WHERE data ->> 'active' = 'true';
SELECT data #> '{a,b}', data #>> '{a,b}' FROM docs;
SELECT * FROM docs WHERE data @> '{"tags": ["x"]}';
SELECT * FROM docs WHERE '{"a": 1}' <@ data;
SELECT * FROM posts WHERE tags && ARRAY['rust', 'sql'];
SELECT * FROM t WHERE name ~ '^A' OR name ~* 'b$' OR name !~ 'x' OR name !~* 'y';
SELECT 2 ^ 10, 5 & 3, 5 | 3, 5 # 3, 1 << 4, 16 >> 2;
SELECT (data -> 'items') -> 0 FROM t;
SELECT data ->> 'n' || 'x' FROM t WHERE (data -> 'n')::int > 3;
SELECT a ^ 2 * 3 FROM t;

-- CEIL and FLOOR to a unit
SELECT CEIL(ts TO DAY) FROM events;
SELECT FLOOR(created_at TO HOUR), count(*) FROM events GROUP BY 1;
SELECT ceil(now() TO MINUTE);
SELECT floor(CAST('2024-05-17 10:30:00' AS timestamp) TO MONTH);
SELECT CEIL((INTERVAL '1' YEAR) TO MONTH);
SELECT CEIL(INTERVAL '1' YEAR TO MONTH);
SELECT ceil(1.5), floor(-2.5) + 1, ceil(a / b) FROM t;
SELECT ceil, floor FROM rounding WHERE ceil > floor;
SELECT m.floor(x), ceil(x) OVER (ORDER BY y) FROM t AS m;
SELECT * FROM t WHERE x BETWEEN ceil(a TO DAY) AND floor(b) AND ceil(c) > 0;
SELECT * FROM t WHERE id = :id;
SELECT * FROM users WHERE user_id = :user_id AND status IN (:active, :pending);
UPDATE accounts SET balance = balance - :amount WHERE id = :account_id RETURNING balance;
INSERT INTO events (kind, payload) VALUES (:kind, :payload::jsonb);
SELECT name FROM t WHERE created_at BETWEEN :since AND :until ORDER BY name LIMIT :limit OFFSET :offset;
SELECT coalesce(:name, 'anonymous'), -:delta, :a + :b * :c;
SELECT * FROM t FETCH FIRST :n ROWS ONLY;
SELECT a[1:n], a[lo:hi], a[:n], a[1:], a[1 : n], a[: n] FROM arrays;
SELECT a[1:n + 1], a[2:array_length(a, 1)], a[1:t.n], a[1:n::int] FROM arrays AS t;
SELECT a[:n - 1][1:2], a[(:i)], a[:lo:hi], a[1: :hi] FROM arrays;
SELECT CASE WHEN :flag THEN a ELSE b END, x::int, y::text[] FROM t WHERE x = :X;
DELETE FROM sessions WHERE expires_at < :now OR user_id = ANY (:ids);
