//! A seeded generator of SQL scripts for the SQL parser benchmark: queries with joins, nested
//! boolean conditions, `IN`, `BETWEEN`, `LIKE`, `::` casts, aggregates, window functions,
//! `GROUP BY`, `HAVING`, `ORDER BY` and `LIMIT`, and `INSERT` (with `ON CONFLICT`), `UPDATE`
//! and `DELETE` statements, some with `RETURNING`, in the SQL that both sly's grammar and
//! `sqlparser`'s `GenericDialect` read.

use sly_testkit::rng::{Random, XorShift64Star};

const TABLES: &[&str] = &[
    "customer", "orders", "lineitem", "part", "supplier", "partsupp", "nation", "region", "events",
    "accounts",
];
const COLUMNS: &[&str] = &[
    "id",
    "name",
    "price",
    "quantity",
    "discount",
    "status",
    "created_at",
    "region_id",
    "customer_id",
    "order_id",
    "comment",
    "total",
    "balance",
    "priority",
    "ship_mode",
    "amount",
];
const AGGREGATES: &[&str] = &["SUM", "AVG", "MIN", "MAX"];
const CMP: &[&str] = &["=", "<>", "<", "<=", ">", ">="];
const WORDS: &[&str] = &[
    "special", "requests", "pending", "urgent", "regular", "final", "express", "deposits",
];

struct Gen {
    rng: XorShift64Star,
    out: String,
}

impl Gen {
    fn column(&mut self, aliases: &[String]) {
        if !aliases.is_empty() && self.rng.chance(70) {
            let a = &aliases[self.rng.below(aliases.len())];
            self.out.push_str(a);
            self.out.push('.');
        }
        let c = *self.rng.pick(COLUMNS);
        self.out.push_str(c);
    }

    fn number(&mut self) {
        let n = self.rng.below(100_000);
        if self.rng.chance(25) {
            let cents = self.rng.below(100);
            self.out.push_str(&format!("{n}.{cents:02}"));
        } else {
            self.out.push_str(&n.to_string());
        }
    }

    fn string(&mut self) {
        let w = *self.rng.pick(WORDS);
        let n = self.rng.below(1000);
        self.out.push_str(&format!("'{w} {n}'"));
    }

    /// An arithmetic value: columns, numbers, `+ - * /`, parentheses.
    fn value(&mut self, aliases: &[String], depth: u32) {
        match self.rng.below(if depth > 1 { 3 } else { 6 }) {
            0 | 1 => {
                self.column(aliases);
                if self.rng.chance(8) {
                    let ty = *self
                        .rng
                        .pick(&["::numeric", "::int", "::float8", "::bigint"]);
                    self.out.push_str(ty);
                }
            }
            2 => self.number(),
            3 => {
                self.value(aliases, depth + 1);
                let op = *self.rng.pick(&[" + ", " - ", " * ", " / "]);
                self.out.push_str(op);
                self.value(aliases, depth + 1);
            }
            4 => {
                self.out.push('(');
                self.value(aliases, depth + 1);
                self.out.push_str(" * ");
                self.number();
                self.out.push(')');
            }
            _ => {
                self.column(aliases);
                self.out.push_str(" * (1 - ");
                self.column(aliases);
                self.out.push(')');
            }
        }
    }

    /// One comparison, `IN`, `BETWEEN`, `LIKE` or `IS NULL` test.
    fn predicate(&mut self, aliases: &[String]) {
        match self.rng.below(8) {
            0..=2 => {
                self.value(aliases, 1);
                let op = *self.rng.pick(CMP);
                self.out.push(' ');
                self.out.push_str(op);
                self.out.push(' ');
                if self.rng.chance(50) {
                    self.number();
                } else {
                    self.column(aliases);
                }
            }
            3 => {
                self.column(aliases);
                if self.rng.chance(20) {
                    self.out.push_str(" NOT");
                }
                self.out.push_str(" IN (");
                for i in 0..1 + self.rng.below(6) {
                    if i > 0 {
                        self.out.push_str(", ");
                    }
                    if self.rng.chance(50) {
                        self.number();
                    } else {
                        self.string();
                    }
                }
                self.out.push(')');
            }
            4 => {
                self.column(aliases);
                self.out.push_str(" BETWEEN ");
                self.number();
                self.out.push_str(" AND ");
                self.number();
            }
            5 => {
                self.column(aliases);
                if self.rng.chance(20) {
                    self.out.push_str(" NOT");
                }
                let w = *self.rng.pick(WORDS);
                self.out.push_str(&format!(" LIKE '%{w}%'"));
            }
            6 => {
                self.column(aliases);
                self.out.push_str(if self.rng.chance(50) {
                    " IS NULL"
                } else {
                    " IS NOT NULL"
                });
            }
            _ => {
                self.column(aliases);
                self.out.push_str(" = ");
                self.string();
            }
        }
    }

    /// A boolean condition: predicates under `AND`, `OR`, `NOT` and parentheses.
    fn condition(&mut self, aliases: &[String], depth: u32) {
        if depth >= 3 || self.rng.chance(35) {
            self.predicate(aliases);
            return;
        }
        match self.rng.below(4) {
            0 => {
                self.out.push_str("NOT (");
                self.condition(aliases, depth + 1);
                self.out.push(')');
            }
            1 => {
                self.out.push('(');
                self.condition(aliases, depth + 1);
                self.out.push_str(" OR ");
                self.condition(aliases, depth + 1);
                self.out.push(')');
            }
            _ => {
                self.condition(aliases, depth + 1);
                self.out
                    .push_str(if self.rng.chance(70) { " AND " } else { " OR " });
                self.condition(aliases, depth + 1);
            }
        }
    }

    fn select(&mut self) {
        let n_tables = 1 + self.rng.below(3);
        let aliases: Vec<String> = (0..n_tables).map(|i| format!("t{i}")).collect();
        let grouped = self.rng.chance(40);
        self.out.push_str("SELECT ");
        if self.rng.chance(10) {
            self.out.push_str("DISTINCT ");
        }
        let mut group_cols = Vec::new();
        if grouped {
            for i in 0..1 + self.rng.below(2) {
                let a = &aliases[self.rng.below(aliases.len())];
                let c = *self.rng.pick(COLUMNS);
                group_cols.push(format!("{a}.{c}"));
                if i > 0 {
                    self.out.push_str(", ");
                }
                self.out.push_str(&group_cols[i]);
            }
            self.out.push_str(", COUNT(*) AS cnt");
            for _ in 0..1 + self.rng.below(3) {
                let f = *self.rng.pick(AGGREGATES);
                self.out.push_str(", ");
                self.out.push_str(f);
                self.out.push('(');
                self.value(&aliases, 1);
                self.out.push(')');
                if self.rng.chance(50) {
                    let c = *self.rng.pick(COLUMNS);
                    self.out.push_str(&format!(" AS sum_{c}"));
                }
            }
        } else {
            for i in 0..1 + self.rng.below(5) {
                if i > 0 {
                    self.out.push_str(", ");
                }
                if self.rng.chance(12) {
                    self.window_call(&aliases);
                    continue;
                }
                self.value(&aliases, 1);
                if self.rng.chance(30) {
                    let c = *self.rng.pick(COLUMNS);
                    self.out.push_str(&format!(" AS c_{c}"));
                }
            }
        }
        self.out.push_str("\nFROM ");
        for (i, alias) in aliases.iter().enumerate() {
            let t = *self.rng.pick(TABLES);
            if i > 0 {
                let kind = self
                    .rng
                    .pick(&["JOIN", "LEFT JOIN", "INNER JOIN", "LEFT OUTER JOIN"]);
                self.out.push_str(&format!("\n  {kind} {t} AS {alias} ON "));
                let prev = &aliases[self.rng.below(i)];
                let c = *self.rng.pick(COLUMNS);
                self.out.push_str(&format!("{prev}.{c} = {alias}.id"));
            } else {
                self.out.push_str(&format!("{t} {alias}"));
            }
        }
        if self.rng.chance(85) {
            self.out.push_str("\nWHERE ");
            self.condition(&aliases, 0);
        }
        if grouped {
            self.out.push_str("\nGROUP BY ");
            self.out.push_str(&group_cols.join(", "));
            if self.rng.chance(40) {
                self.out.push_str("\nHAVING COUNT(*) > ");
                self.number();
            }
        }
        if self.rng.chance(50) {
            self.out.push_str("\nORDER BY ");
            for i in 0..1 + self.rng.below(2) {
                if i > 0 {
                    self.out.push_str(", ");
                }
                self.column(&aliases);
                if self.rng.chance(50) {
                    let order = *self.rng.pick(&[" ASC", " DESC"]);
                    self.out.push_str(order);
                }
            }
        }
        if self.rng.chance(40) {
            let n = 1 + self.rng.below(1000);
            self.out.push_str(&format!("\nLIMIT {n}"));
        }
    }

    /// A window function call: ranking or an aggregate over a partition, ordering and frame.
    fn window_call(&mut self, aliases: &[String]) {
        match self.rng.below(3) {
            0 => self.out.push_str("ROW_NUMBER() OVER (PARTITION BY "),
            1 => {
                let f = *self.rng.pick(AGGREGATES);
                self.out.push_str(f);
                self.out.push('(');
                self.column(aliases);
                self.out.push_str(") OVER (PARTITION BY ");
            }
            _ => self.out.push_str("RANK() OVER (PARTITION BY "),
        }
        self.column(aliases);
        self.out.push_str(" ORDER BY ");
        self.column(aliases);
        if self.rng.chance(50) {
            self.out.push_str(" DESC");
        }
        if self.rng.chance(30) {
            let n = 1 + self.rng.below(10);
            self.out
                .push_str(&format!(" ROWS BETWEEN {n} PRECEDING AND CURRENT ROW"));
        }
        self.out.push(')');
        let c = *self.rng.pick(COLUMNS);
        self.out.push_str(&format!(" AS w_{c}"));
    }

    /// `RETURNING` a few columns, or none.
    fn returning(&mut self, chance: usize) {
        if self.rng.chance(chance) {
            self.out.push_str(" RETURNING id");
            if self.rng.chance(50) {
                let c = *self.rng.pick(COLUMNS);
                self.out.push_str(", ");
                self.out.push_str(c);
            }
        }
    }

    fn insert(&mut self) {
        let t = *self.rng.pick(TABLES);
        let ncols = 2 + self.rng.below(5);
        self.out.push_str(&format!("INSERT INTO {t} ("));
        for i in 0..ncols {
            if i > 0 {
                self.out.push_str(", ");
            }
            self.out
                .push_str(COLUMNS[(i * 3 + self.rng.below(3)) % COLUMNS.len()]);
        }
        self.out.push_str(") VALUES ");
        for r in 0..1 + self.rng.below(4) {
            if r > 0 {
                self.out.push_str(", ");
            }
            self.out.push('(');
            for i in 0..ncols {
                if i > 0 {
                    self.out.push_str(", ");
                }
                match self.rng.below(4) {
                    0 => self.string(),
                    1 => self.out.push_str("NULL"),
                    _ => self.number(),
                }
            }
            self.out.push(')');
        }
        if self.rng.chance(30) {
            self.out.push_str(" ON CONFLICT (id) DO ");
            if self.rng.chance(50) {
                self.out.push_str("NOTHING");
            } else {
                let c = COLUMNS[self.rng.below(3) % COLUMNS.len()];
                self.out.push_str(&format!("UPDATE SET {c} = EXCLUDED.{c}"));
            }
        }
        self.returning(30);
    }

    fn update(&mut self) {
        let t = *self.rng.pick(TABLES);
        self.out.push_str(&format!("UPDATE {t} SET "));
        for i in 0..1 + self.rng.below(3) {
            if i > 0 {
                self.out.push_str(", ");
            }
            let c = *self.rng.pick(COLUMNS);
            self.out.push_str(c);
            self.out.push_str(" = ");
            if self.rng.chance(30) {
                self.string();
            } else {
                self.value(&[], 1);
            }
        }
        self.out.push_str(" WHERE ");
        self.condition(&[], 1);
        self.returning(25);
    }

    fn delete(&mut self) {
        let t = *self.rng.pick(TABLES);
        self.out.push_str(&format!("DELETE FROM {t} WHERE "));
        self.condition(&[], 1);
        self.returning(25);
    }
}

/// A script of at least `min_len` bytes, the same for the same `seed`: about 60% queries,
/// the rest `INSERT`, `UPDATE` and `DELETE`, each statement ending in `;` and a newline.
pub fn generate(seed: u64, min_len: usize) -> String {
    let mut g = Gen {
        rng: XorShift64Star::new(seed),
        out: String::with_capacity(min_len + 4096),
    };
    while g.out.len() < min_len {
        match g.rng.below(10) {
            0..=5 => g.select(),
            6 | 7 => g.insert(),
            8 => g.update(),
            _ => g.delete(),
        }
        g.out.push_str(";\n");
    }
    g.out
}

#[cfg(test)]
mod tests {
    use super::generate;

    #[test]
    fn same_seed_same_script() {
        assert_eq!(generate(7, 10_000), generate(7, 10_000));
        assert!(generate(7, 10_000).len() >= 10_000);
    }
}
