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
