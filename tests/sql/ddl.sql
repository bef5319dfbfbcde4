-- Indexes, changes to tables, DROP and TRUNCATE, written from the PostgreSQL documentation
-- (CREATE INDEX, ALTER TABLE, DROP TABLE, DROP INDEX, DROP VIEW, DROP SCHEMA, DROP SEQUENCE,
-- DROP TYPE, TRUNCATE). One statement a line.

-- CREATE INDEX
CREATE UNIQUE INDEX title_idx ON films (title);
CREATE UNIQUE INDEX title_idx ON films (title) INCLUDE (director, rating);
CREATE INDEX ON films ((lower(title)));
CREATE INDEX title_idx_german ON films (title);
CREATE INDEX title_idx_nulls_low ON films (title NULLS FIRST);
CREATE INDEX gin_idx ON documents_table USING GIN (locations);
CREATE INDEX code_idx ON films (code);
CREATE INDEX pointloc ON points USING gist (location);
CREATE INDEX CONCURRENTLY sales_quantity_index ON sales_table (quantity);
CREATE INDEX IF NOT EXISTS idx_users_email ON users (email);
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS idx_u ON s.users (lower(email));
CREATE INDEX idx_orders_customer ON orders (customer_id, created_at DESC);
CREATE INDEX idx_active ON users (id) WHERE deleted_at IS NULL;
CREATE INDEX access_log_client_ip_ix ON access_log (client_ip) WHERE NOT (client_ip > '192.168.100.0' AND client_ip < '192.168.100.255');
CREATE UNIQUE INDEX tests_success_constraint ON tests (subject, target) WHERE success;
CREATE INDEX idx_hash ON t USING hash (k);
CREATE INDEX idx_multi ON t (a ASC NULLS LAST, b DESC NULLS FIRST, c);
CREATE INDEX idx_expr ON t ((a + b), (a * 2));

-- ALTER TABLE
ALTER TABLE distributors ADD COLUMN address varchar(30);
ALTER TABLE measurements ADD COLUMN mtime timestamp DEFAULT now();
ALTER TABLE transactions ADD COLUMN status varchar(30) DEFAULT 'old', ALTER COLUMN status SET DEFAULT 'current';
ALTER TABLE distributors DROP COLUMN address RESTRICT;
ALTER TABLE distributors ALTER COLUMN address TYPE varchar(80), ALTER COLUMN name TYPE varchar(100);
ALTER TABLE foo ALTER COLUMN foo_timestamp SET DATA TYPE timestamp USING TIMESTAMP '1970-01-01' + foo_timestamp * INTERVAL '1' SECOND;
ALTER TABLE foo ALTER COLUMN foo_timestamp DROP DEFAULT, ALTER COLUMN foo_timestamp TYPE timestamp USING TIMESTAMP '1970-01-01' + foo_timestamp * INTERVAL '1' SECOND, ALTER COLUMN foo_timestamp SET DEFAULT now();
ALTER TABLE distributors RENAME COLUMN address TO city;
ALTER TABLE distributors RENAME TO suppliers;
ALTER TABLE distributors RENAME CONSTRAINT zipchk TO zip_check;
ALTER TABLE distributors ALTER COLUMN street SET NOT NULL;
ALTER TABLE distributors ALTER COLUMN street DROP NOT NULL;
ALTER TABLE distributors ADD CONSTRAINT zipchk CHECK (char_length(zipcode) = 5);
ALTER TABLE distributors DROP CONSTRAINT zipchk;
ALTER TABLE distributors ADD CONSTRAINT distfk FOREIGN KEY (address) REFERENCES addresses (address);
ALTER TABLE distributors ADD PRIMARY KEY (dist_id);
ALTER TABLE distributors ADD UNIQUE (dist_id, zipcode);
ALTER TABLE IF EXISTS distributors DROP COLUMN IF EXISTS address CASCADE;
ALTER TABLE t ADD COLUMN IF NOT EXISTS c int NOT NULL DEFAULT 0;
ALTER TABLE t ADD c int;
ALTER TABLE t DROP c;
ALTER TABLE t ALTER c TYPE bigint;
ALTER TABLE t RENAME c TO d;
ALTER TABLE t DROP CONSTRAINT IF EXISTS t_pkey CASCADE;
ALTER TABLE s.t ADD COLUMN tags text[];
ALTER TABLE t ALTER COLUMN c TYPE numeric(10, 2) USING c::numeric;

-- DROP
DROP TABLE films, distributors;
DROP TABLE IF EXISTS films CASCADE;
DROP TABLE t RESTRICT;
DROP VIEW kinds;
DROP VIEW IF EXISTS a, b CASCADE;
DROP MATERIALIZED VIEW order_summary;
DROP INDEX title_idx;
DROP INDEX IF EXISTS s.title_idx;
DROP SCHEMA mystuff CASCADE;
DROP SCHEMA IF EXISTS a, b;
DROP SEQUENCE serial;
DROP SEQUENCE IF EXISTS s.serial RESTRICT;
DROP TYPE box;
DROP TYPE IF EXISTS mood CASCADE;

-- TRUNCATE
TRUNCATE bigtable, fattable;
TRUNCATE bigtable, fattable RESTART IDENTITY;
TRUNCATE othertable CASCADE;
TRUNCATE TABLE t CONTINUE IDENTITY RESTRICT;
TRUNCATE TABLE s.t;

-- ALTER of other objects, owners and schemas (ALTER INDEX, ALTER SEQUENCE, ALTER VIEW, ALTER
-- MATERIALIZED VIEW, ALTER TYPE, ALTER TABLE ... OWNER TO | SET SCHEMA)
ALTER INDEX distributors RENAME TO suppliers;
ALTER INDEX IF EXISTS s.idx_a RENAME TO idx_b;
ALTER SEQUENCE serial RENAME TO serial2;
ALTER SEQUENCE serial OWNER TO joe;
ALTER VIEW foo RENAME TO bar;
ALTER VIEW IF EXISTS foo SET SCHEMA archive;
ALTER MATERIALIZED VIEW foo RENAME TO bar;
ALTER TYPE electronic_mail RENAME TO email;
ALTER TYPE email OWNER TO joe;
ALTER TYPE email SET SCHEMA customers;
ALTER TABLE distributors OWNER TO joe;
ALTER TABLE myschema.distributors SET SCHEMA yourschema;
