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
SELECT a, b, c, sum(x) FROM t GROUP BY a, ROLLUP (b, c);
SELECT a, b, c, sum(x) FROM t GROUP BY CUBE ((a, b), c);
SELECT a, b FROM t GROUP BY rollup(a, b) HAVING count(*) > 1;
SELECT a, b, c FROM t GROUP BY GROUPING SETS (ROLLUP (a, b), CUBE (c), ());
SELECT a, b FROM t GROUP BY CUBE (a), ROLLUP (b);
SELECT rollup(a), cube(b) FROM t GROUP BY rollup(a), cube(b);
SELECT cube, rollup FROM shapes GROUP BY cube, rollup;

-- keywords after a dot are names
SELECT t.from, t.select, t.interval, t.order FROM t;
SELECT s.t.user, x.all FROM s.t, x;
SELECT * FROM s.table;
UPDATE t SET a = t2.default FROM t2;

-- anonymous blocks, comments, notifications, prepared statements, upsert aliases
DO $$BEGIN RAISE NOTICE 'hello'; END$$;
DO LANGUAGE plpgsql $body$ BEGIN PERFORM 1; END $body$;
DO 'BEGIN NULL; END';
COMMENT ON TABLE mytable IS 'This is my table.';
COMMENT ON TABLE mytable IS NULL;
COMMENT ON COLUMN my_table.my_column IS 'Employee ID number';
COMMENT ON INDEX my_index IS 'Enforces uniqueness on employee ID';
COMMENT ON SCHEMA my_schema IS 'Departmental data';
COMMENT ON MATERIALIZED VIEW my_matview IS 'Summary of order history';
COMMENT ON EXTENSION hstore IS 'implements the hstore data type';
LISTEN virtual;
NOTIFY virtual;
NOTIFY virtual, 'This is the payload';
UNLISTEN virtual;
UNLISTEN *;
PREPARE fooplan (int, text, bool, numeric) AS INSERT INTO foo VALUES ($1, $2, $3, $4);
PREPARE usrrptplan (int) AS SELECT * FROM users u, logs l WHERE u.usrid = $1 AND u.usrid = l.usrid AND l.date = $2;
PREPARE q AS SELECT 1;
EXECUTE fooplan(1, 'Hunter Valley', 't', 200.00);
EXECUTE usrrptplan(1, current_date);
EXECUTE q;
DEALLOCATE fooplan;
DEALLOCATE PREPARE q;
DEALLOCATE ALL;
DEALLOCATE prepare;
INSERT INTO distributors AS d (did, dname) VALUES (8, 'Anvil Distribution') ON CONFLICT (did) DO UPDATE SET dname = EXCLUDED.dname || ' (formerly ' || d.dname || ')' WHERE d.zipcode <> '21201';
SELECT now() - INTERVAL 7 DAY, INTERVAL 1 HOUR;
GRANT EXECUTE ON s.f TO app;
COPY t FROM STDIN WITH CSV HEADER;
COPY t TO STDOUT WITH BINARY;
COPY t FROM '/tmp/f.csv' DELIMITER ',' NULL 'x' CSV HEADER QUOTE '"' ESCAPE '\' FORCE NOT NULL a, b;
COPY t (a, b) FROM STDIN WITH DELIMITER AS '|' NULL AS '';
COPY t TO STDOUT WITH CSV FORCE QUOTE *;
COPY t TO '/tmp/t.csv' CSV HEADER FORCE QUOTE a, b;
COPY (SELECT a, b FROM t WHERE a > 0) TO STDOUT WITH CSV HEADER DELIMITER ';';
COPY t FROM STDIN WITH DELIMITER E'\t' NULL '\N';
COPY t FROM STDIN CSV FORCE NULL a FORCE NOT NULL b ENCODING 'UTF8';
COPY t FROM '/data/t.bin' BINARY FREEZE;
COPY t FROM STDIN WITH (FORMAT csv, HEADER true, FORCE_NOT_NULL (a, b));
COPY csv (header, quote) FROM STDIN CSV QUOTE AS '''' ESCAPE AS '''';
