-- Constants and parameters, written from the PostgreSQL documentation (section 4.1.2
-- Constants, 8.5 Date/Time Types, 8.14 JSON Types, 8.12 UUID Type). One statement a line.

SELECT 'foo' || 'bar' AS x;
SELECT E'\n', E'It\'s', E'a\\b', e'tab\there';
SELECT E'multi\
line';
SELECT N'national text', n'it''s';
SELECT X'1FF', x'';
SELECT $$Dianne's horse$$;
SELECT $SomeTag$Dianne's horse$SomeTag$;
SELECT $function$ BEGIN RETURN ($1 ~ $q$[\t\r\n\v\\]$q$); END; $function$;
SELECT $$$$, $a$$$a$, $$a $ b$$;
SELECT 42, 3.5, 4., .001, 5e2, 1.925e-3, 1E+10;
SELECT uuid 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11';
SELECT timestamptz '2004-10-19 10:23:54+02';
SELECT json '{"a": [1, 2]}', jsonb '{}';
SELECT bignumeric '1.5', inet '192.168.0.1', point '(1,2)';
SELECT DATE '2024-01-01', TIME '04:05:06', TIMESTAMP '2004-10-19 10:23:54';
SELECT INTERVAL '1 day', INTERVAL '3' MONTH, INTERVAL '1' SECOND(3);
SELECT INTERVAL '1 2:03:04' DAY TO SECOND, INTERVAL '1-2' YEAR TO MONTH, INTERVAL '2:03' HOUR TO MINUTE;
SELECT * FROM t WHERE a = $1 AND b = $2 AND c = ?;
SELECT * FROM t WHERE created_at > now() - INTERVAL '7 days';
