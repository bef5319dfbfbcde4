//! A minimal JSON writer: enough for `sly check --json`, without a dependency.

/// A JSON object under construction; keys keep their insertion order.
pub(crate) struct Object {
    out: String,
}

impl Object {
    pub(crate) fn new() -> Self {
        Object { out: "{".into() }
    }

    fn key(&mut self, key: &str) {
        if self.out.len() > 1 {
            self.out.push_str(", ");
        }
        self.out.push_str(&string(key));
        self.out.push_str(": ");
    }

    pub(crate) fn string(&mut self, key: &str, value: &str) {
        self.key(key);
        self.out.push_str(&string(value));
    }

    pub(crate) fn number(&mut self, key: &str, value: usize) {
        self.key(key);
        self.out.push_str(&value.to_string());
    }

    pub(crate) fn opt_number(&mut self, key: &str, value: Option<usize>) {
        self.key(key);
        match value {
            Some(v) => self.out.push_str(&v.to_string()),
            None => self.out.push_str("null"),
        }
    }

    pub(crate) fn boolean(&mut self, key: &str, value: bool) {
        self.key(key);
        self.out.push_str(if value { "true" } else { "false" });
    }

    pub(crate) fn array_of_strings(&mut self, key: &str, values: &[String]) {
        let items: Vec<String> = values.iter().map(|v| string(v)).collect();
        self.raw(key, &array(&items));
    }

    /// Inserts already-encoded JSON.
    pub(crate) fn raw(&mut self, key: &str, json: &str) {
        self.key(key);
        self.out.push_str(json);
    }

    pub(crate) fn finish(mut self) -> String {
        self.out.push('}');
        self.out
    }
}

/// A JSON array of already-encoded values.
pub(crate) fn array(items: &[String]) -> String {
    format!("[{}]", items.join(", "))
}

/// A JSON string literal.
pub(crate) fn string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodes_objects() {
        let mut o = Object::new();
        o.string("name", "'\"'\n\\");
        o.number("n", 3);
        o.opt_number("none", None);
        o.boolean("ok", true);
        o.array_of_strings("xs", &["a".into(), "\u{1}".into()]);
        assert_eq!(
            o.finish(),
            r#"{"name": "'\"'\n\\", "n": 3, "none": null, "ok": true, "xs": ["a", "\u0001"]}"#
        );
    }
}
