-- MERGE, COPY, extensions, ANALYZE and VACUUM, grouping sets and keywords after a dot,
-- written from the PostgreSQL documentation (MERGE, COPY, CREATE EXTENSION, DROP EXTENSION,
-- ANALYZE, VACUUM, section 7.2.4 GROUPING SETS, CUBE, and ROLLUP). One statement a line.

-- MERGE
MERGE INTO customer_account ca USING recent_transactions t ON t.customer_id = ca.customer_id WHEN MATCHED THEN UPDATE SET balance = balance + transaction_value WHEN NOT MATCHED THEN INSERT (customer_id, balance) VALUES (t.customer_id, t.transaction_value);
MERGE INTO customer_account ca USING (SELECT customer_id, transaction_value FROM recent_transactions) AS t ON t.customer_id = ca.customer_id WHEN MATCHED THEN UPDATE SET balance = balance + transaction_value WHEN NOT MATCHED THEN INSERT (customer_id, balance) VALUES (t.customer_id, t.transaction_value);
MERGE INTO wines w USING wine_stock_changes s ON s.winename = w.winename WHEN NOT MATCHED AND s.stock_delta > 0 THEN INSERT VALUES (s.winename, s.stock_delta) WHEN MATCHED AND w.stock + s.stock_delta > 0 THEN UPDATE SET stock = w.stock + s.stock_delta WHEN MATCHED THEN DELETE;
MERGE INTO station_data_actual sda USING station_data_new sdn ON sda.station_id = sdn.station_id WHEN MATCHED THEN UPDATE SET a = sdn.a, b = sdn.b;
MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN DO NOTHING WHEN NOT MATCHED THEN DO NOTHING;
MERGE INTO t AS x USING s ON x.id = s.id WHEN NOT MATCHED THEN INSERT DEFAULT VALUES;
MERGE INTO s.t USING (VALUES (1, 'a')) AS v (id, name) ON s.t.id = v.id WHEN MATCHED THEN UPDATE SET name = v.name WHEN NOT MATCHED THEN INSERT (id, name) VALUES (v.id, v.name);

-- COPY
COPY country TO STDOUT (DELIMITER '|');
COPY country FROM '/usr1/proj/bray/sql/country_data';
COPY (SELECT * FROM country WHERE country_name LIKE 'A%') TO '/usr1/proj/bray/sql/a_list_countries.copy';
COPY country TO STDOUT (FORMAT csv, HEADER true);
COPY users (id, email) FROM STDIN WITH (FORMAT csv, HEADER, DELIMITER ',', NULL '');
COPY s.t FROM STDIN;
COPY (SELECT 1) TO STDOUT WITH (FORMAT binary);

-- extensions and maintenance
CREATE EXTENSION hstore;
CREATE EXTENSION IF NOT EXISTS pgcrypto;
CREATE EXTENSION IF NOT EXISTS "uuid-ossp" WITH SCHEMA public;
CREATE EXTENSION postgis SCHEMA extensions;
DROP EXTENSION hstore;
DROP EXTENSION IF EXISTS pgcrypto CASCADE;
ANALYZE;
ANALYZE users;
ANALYZE users, orders;
VACUUM;
VACUUM FULL;
VACUUM ANALYZE users;
VACUUM FULL ANALYZE s.t, u;

-- grouping sets
SELECT brand, size, sum(sales) FROM items_sold GROUP BY GROUPING SETS ((brand), (size), ());
SELECT brand, size, sum(sales) FROM items_sold GROUP BY ROLLUP (brand, size);
SELECT brand, size, sum(sales) FROM items_sold GROUP BY CUBE (brand, size);
SELECT a, b, c FROM t GROUP BY a, GROUPING SETS ((b), (c));
SELECT a, b FROM t GROUP BY GROUPING SETS (a, b, (a, b), ());
SELECT a, grouping(a) FROM t GROUP BY ROLLUP (a);

-- keywords after a dot are names
SELECT t.from, t.select, t.interval, t.order FROM t;
SELECT s.t.user, x.all FROM s.t, x;
SELECT * FROM s.table;
UPDATE t SET a = t2.default FROM t2;
