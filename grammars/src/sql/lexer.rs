//! The SQL tokens. Keywords match in any case; `--` and `/* */` comments are skipped.

use sly::Lexer;

/// Extends the opening `$tag$` of a dollar-quoted string to its closing `$tag$`.
fn dollar_quoted<'s>(lex: &mut sly::Lexer<'s, Tok<'s>>) -> Result<&'s str, &'static str> {
    let tag = lex.slice();
    match lex.remainder().find(tag) {
        Some(at) => {
            lex.bump(at + tag.len());
            Ok(lex.slice())
        }
        None => Err("unterminated dollar-quoted string"),
    }
}

fn numeric_junk(_: &mut sly::Lexer<'_, Tok<'_>>) -> Result<(), &'static str> {
    Err("trailing junk after numeric literal")
}

/// The tokens of the SQL grammar. The variant names are the terminal names that errors list
/// as expected.
#[derive(Lexer, Debug, Clone, Copy, PartialEq, Eq)]
#[sly(
    skip = r"[ \t\r\n\f]+",
    skip = r"--[^\n]*",
    skip = r"/\*([^*]|\*+[^*/])*\*+/"
)]
pub enum Tok<'s> {
    /// An unquoted name.
    #[regex(r"[A-Za-z_][A-Za-z0-9_$]*", name = "identifier")]
    Ident(&'s str),
    /// A name between double quotes, quotes included: `"Order Lines"`.
    #[regex(r#""([^"]|"")*""#, name = "quoted identifier")]
    QuotedIdent(&'s str),
    /// A name between backquotes, quotes included: `` `order` ``, as MySQL writes quoted
    /// names. Only [`Options::backquoted_identifiers`](super::Options) lets the parser see it.
    #[regex(r"`([^`]|``)*`", name = "backquoted identifier")]
    BackquotedIdent(&'s str),
    /// A string between single quotes, quotes included: `'it''s'`.
    #[regex(r"'([^']|'')*'", name = "string")]
    Str(&'s str),
    /// An integer: `42`.
    #[regex(r"[0-9]+", name = "integer")]
    Integer(&'s str),
    /// A decimal or exponent number: `1.5`, `.5`, `1e10`, `2.5E-3`.
    #[regex(
        r"[0-9]+\.[0-9]*([eE][+-]?[0-9]+)?|\.[0-9]+([eE][+-]?[0-9]+)?|[0-9]+[eE][+-]?[0-9]+",
        name = "decimal number"
    )]
    Decimal(&'s str),
    /// An escape string, prefix and quotes included: `E'it\'s'`.
    #[regex(r"[eE]'([^'\\]|\\[^\n]|\\\n|'')*'", name = "escape string")]
    EscapeStr(&'s str),
    /// A national character string, prefix and quotes included: `N'text'`.
    #[regex(r"[nN]'([^']|'')*'", name = "national string")]
    NationalStr(&'s str),
    /// A hexadecimal string, prefix and quotes included: `X'1F'`.
    #[regex(r"[xX]'[0-9A-Fa-f]*'", name = "hex string")]
    HexStr(&'s str),
    /// A dollar-quoted string, delimiters included: `$$text$$`, `$fn$text$fn$`.
    #[regex(
        r"\$([A-Za-z_][A-Za-z0-9_]*)?\$",
        dollar_quoted,
        name = "dollar-quoted string"
    )]
    DollarStr(&'s str),
    /// A number run into a name, `0x1F` or `12abc`: a lexing error, as in PostgreSQL 15,
    /// rather than a number and an alias. (`1e10` is a number: at equal length the earlier
    /// `Decimal` wins.)
    #[regex(r"[0-9]+[A-Za-z_][A-Za-z0-9_$]*", numeric_junk, name = "number")]
    NumericJunk,
    /// A parameter: `?` or `$1`.
    #[regex(r"\?|\$[0-9]+", name = "parameter")]
    Param(&'s str),
    /// A named parameter, colon included: `:id`. Longest match makes `::` a cast and `:2` a
    /// `:` and a number; inside brackets the grammar reads `a[1:n]` as a slice (see the module
    /// docs of [`sql`](super)).
    #[regex(r":[A-Za-z_][A-Za-z0-9_$]*", name = "named parameter")]
    NamedParam(&'s str),

    /// `,`
    #[token(",")]
    Comma,
    /// `.`
    #[token(".")]
    Dot,
    /// `;`
    #[token(";")]
    Semi,
    /// `(`
    #[token("(")]
    LParen,
    /// `)`
    #[token(")")]
    RParen,
    /// `=`
    #[token("=")]
    Eq,
    /// `<>` or `!=`
    #[token("<>")]
    #[token("!=")]
    Ne,
    /// `<`
    #[token("<")]
    Lt,
    /// `<=`
    #[token("<=")]
    Le,
    /// `>`
    #[token(">")]
    Gt,
    /// `>=`
    #[token(">=")]
    Ge,
    /// `+`
    #[token("+")]
    Plus,
    /// `-`
    #[token("-")]
    Minus,
    /// `*`
    #[token("*")]
    Star,
    /// `/`
    #[token("/")]
    Slash,
    /// `%`
    #[token("%")]
    Percent,
    /// `||`
    #[token("||")]
    Concat,
    /// `->`
    #[token("->")]
    Arrow,
    /// `->>`
    #[token("->>")]
    LongArrow,
    /// `#>`
    #[token("#>")]
    HashArrow,
    /// `#>>`
    #[token("#>>")]
    HashLongArrow,
    /// `@>`
    #[token("@>")]
    AtArrow,
    /// `<@`
    #[token("<@")]
    ArrowAt,
    /// `&&`
    #[token("&&")]
    AmpAmp,
    /// `~`
    #[token("~")]
    Tilde,
    /// `~*`
    #[token("~*")]
    TildeStar,
    /// `!~`
    #[token("!~")]
    BangTilde,
    /// `!~*`
    #[token("!~*")]
    BangTildeStar,
    /// `|`
    #[token("|")]
    Pipe,
    /// `&`
    #[token("&")]
    Amp,
    /// `#`
    #[token("#")]
    Hash,
    /// `<<`
    #[token("<<")]
    ShiftLeftOp,
    /// `>>`
    #[token(">>")]
    ShiftRightOp,
    /// `^`
    #[token("^")]
    Caret,
    /// `::`
    #[token("::")]
    DoubleColon,
    /// `:`
    #[token(":")]
    Colon,
    /// `[`
    #[token("[")]
    LBracket,
    /// `]`
    #[token("]")]
    RBracket,

    /// `ACTION`
    #[token("action", ignore_case)]
    Action,
    /// `ADD`
    #[token("add", ignore_case)]
    Add,
    /// `ALL`
    #[token("all", ignore_case)]
    All,
    /// `ALTER`
    #[token("alter", ignore_case)]
    Alter,
    /// `ALWAYS`
    #[token("always", ignore_case)]
    Always,
    /// `ANALYZE`
    #[token("analyze", ignore_case)]
    Analyze,
    /// `AND`
    #[token("and", ignore_case)]
    And,
    /// `ANY`
    #[token("any", ignore_case)]
    Any,
    /// `ARRAY`
    #[token("array", ignore_case)]
    Array,
    /// `AS`
    #[token("as", ignore_case)]
    As,
    /// `ASC`
    #[token("asc", ignore_case)]
    Asc,
    /// `AT`
    #[token("at", ignore_case)]
    At,
    /// `AUTHORIZATION`
    #[token("authorization", ignore_case)]
    Authorization,
    /// `BEGIN`
    #[token("begin", ignore_case)]
    Begin,
    /// `BETWEEN`
    #[token("between", ignore_case)]
    Between,
    /// `BINARY`
    #[token("binary", ignore_case)]
    Binary,
    /// `BOTH`
    #[token("both", ignore_case)]
    Both,
    /// `BY`
    #[token("by", ignore_case)]
    By,
    /// `CACHE`
    #[token("cache", ignore_case)]
    Cache,
    /// `CASCADE`
    #[token("cascade", ignore_case)]
    Cascade,
    /// `CASE`
    #[token("case", ignore_case)]
    Case,
    /// `CAST`
    #[token("cast", ignore_case)]
    Cast,
    /// `CEIL`
    #[token("ceil", ignore_case)]
    Ceil,
    /// `CHARACTER`
    #[token("character", ignore_case)]
    Character,
    /// `CHECK`
    #[token("check", ignore_case)]
    Check,
    /// `COLLATE`
    #[token("collate", ignore_case)]
    Collate,
    /// `COLUMN`
    #[token("column", ignore_case)]
    Column,
    /// `COMMENT`
    #[token("comment", ignore_case)]
    Comment,
    /// `COMMIT`
    #[token("commit", ignore_case)]
    Commit,
    /// `COMMITTED`
    #[token("committed", ignore_case)]
    Committed,
    /// `CONCURRENTLY`
    #[token("concurrently", ignore_case)]
    Concurrently,
    /// `CONFLICT`
    #[token("conflict", ignore_case)]
    Conflict,
    /// `CONSTRAINT`
    #[token("constraint", ignore_case)]
    Constraint,
    /// `CONTINUE`
    #[token("continue", ignore_case)]
    Continue,
    /// `COPY`
    #[token("copy", ignore_case)]
    Copy,
    /// `CREATE`
    #[token("create", ignore_case)]
    Create,
    /// `CROSS`
    #[token("cross", ignore_case)]
    Cross,
    /// `CSV`
    #[token("csv", ignore_case)]
    Csv,
    /// `CUBE`
    #[token("cube", ignore_case)]
    Cube,
    /// `CURRENT`
    #[token("current", ignore_case)]
    Current,
    /// `CYCLE`
    #[token("cycle", ignore_case)]
    Cycle,
    /// `DATA`
    #[token("data", ignore_case)]
    Data,
    /// `DATE`
    #[token("date", ignore_case)]
    Date,
    /// `DAY`
    #[token("day", ignore_case)]
    Day,
    /// `DEALLOCATE`
    #[token("deallocate", ignore_case)]
    Deallocate,
    /// `DEFAULT`
    #[token("default", ignore_case)]
    Default,
    /// `DELETE`
    #[token("delete", ignore_case)]
    Delete,
    /// `DELIMITER`
    #[token("delimiter", ignore_case)]
    Delimiter,
    /// `DESC`
    #[token("desc", ignore_case)]
    Desc,
    /// `DISTINCT`
    #[token("distinct", ignore_case)]
    Distinct,
    /// `DO`
    #[token("do", ignore_case)]
    Do,
    /// `DOUBLE`
    #[token("double", ignore_case)]
    Double,
    /// `DROP`
    #[token("drop", ignore_case)]
    Drop,
    /// `ELSE`
    #[token("else", ignore_case)]
    Else,
    /// `ENCODING`
    #[token("encoding", ignore_case)]
    Encoding,
    /// `END`
    #[token("end", ignore_case)]
    End,
    /// `ENUM`
    #[token("enum", ignore_case)]
    Enum,
    /// `ESCAPE`
    #[token("escape", ignore_case)]
    Escape,
    /// `EXCEPT`
    #[token("except", ignore_case)]
    Except,
    /// `EXCLUDE`
    #[token("exclude", ignore_case)]
    Exclude,
    /// `EXECUTE`
    #[token("execute", ignore_case)]
    Execute,
    /// `EXISTS`
    #[token("exists", ignore_case)]
    Exists,
    /// `EXPLAIN`
    #[token("explain", ignore_case)]
    Explain,
    /// `EXTENSION`
    #[token("extension", ignore_case)]
    Extension,
    /// `EXTRACT`
    #[token("extract", ignore_case)]
    Extract,
    /// `FALSE`
    #[token("false", ignore_case)]
    False,
    /// `FETCH`
    #[token("fetch", ignore_case)]
    Fetch,
    /// `FILTER`
    #[token("filter", ignore_case)]
    Filter,
    /// `FIRST`
    #[token("first", ignore_case)]
    First,
    /// `FLOOR`
    #[token("floor", ignore_case)]
    Floor,
    /// `FOLLOWING`
    #[token("following", ignore_case)]
    Following,
    /// `FOR`
    #[token("for", ignore_case)]
    For,
    /// `FORCE`
    #[token("force", ignore_case)]
    Force,
    /// `FOREIGN`
    #[token("foreign", ignore_case)]
    Foreign,
    /// `FREEZE`
    #[token("freeze", ignore_case)]
    Freeze,
    /// `FROM`
    #[token("from", ignore_case)]
    From,
    /// `FULL`
    #[token("full", ignore_case)]
    Full,
    /// `GENERATED`
    #[token("generated", ignore_case)]
    Generated,
    /// `GRANT`
    #[token("grant", ignore_case)]
    Grant,
    /// `GROUP`
    #[token("group", ignore_case)]
    Group,
    /// `GROUPING`
    #[token("grouping", ignore_case)]
    Grouping,
    /// `GROUPS`
    #[token("groups", ignore_case)]
    Groups,
    /// `HAVING`
    #[token("having", ignore_case)]
    Having,
    /// `HEADER`
    #[token("header", ignore_case)]
    Header,
    /// `HOUR`
    #[token("hour", ignore_case)]
    Hour,
    /// `IDENTITY`
    #[token("identity", ignore_case)]
    Identity,
    /// `IF`
    #[token("if", ignore_case)]
    If,
    /// `ILIKE`
    #[token("ilike", ignore_case)]
    Ilike,
    /// `IN`
    #[token("in", ignore_case)]
    In,
    /// `INCLUDE`
    #[token("include", ignore_case)]
    Include,
    /// `INCREMENT`
    #[token("increment", ignore_case)]
    Increment,
    /// `INDEX`
    #[token("index", ignore_case)]
    Index,
    /// `INNER`
    #[token("inner", ignore_case)]
    Inner,
    /// `INSERT`
    #[token("insert", ignore_case)]
    Insert,
    /// `INTERSECT`
    #[token("intersect", ignore_case)]
    Intersect,
    /// `INTERVAL`
    #[token("interval", ignore_case)]
    Interval,
    /// `INTO`
    #[token("into", ignore_case)]
    Into,
    /// `IS`
    #[token("is", ignore_case)]
    Is,
    /// `ISOLATION`
    #[token("isolation", ignore_case)]
    Isolation,
    /// `JOIN`
    #[token("join", ignore_case)]
    Join,
    /// `KEY`
    #[token("key", ignore_case)]
    Key,
    /// `LANGUAGE`
    #[token("language", ignore_case)]
    Language,
    /// `LAST`
    #[token("last", ignore_case)]
    Last,
    /// `LATERAL`
    #[token("lateral", ignore_case)]
    Lateral,
    /// `LEADING`
    #[token("leading", ignore_case)]
    Leading,
    /// `LEFT`
    #[token("left", ignore_case)]
    Left,
    /// `LEVEL`
    #[token("level", ignore_case)]
    Level,
    /// `LIKE`
    #[token("like", ignore_case)]
    Like,
    /// `LIMIT`
    #[token("limit", ignore_case)]
    Limit,
    /// `LISTEN`
    #[token("listen", ignore_case)]
    Listen,
    /// `LOCAL`
    #[token("local", ignore_case)]
    Local,
    /// `LOCKED`
    #[token("locked", ignore_case)]
    Locked,
    /// `MATCHED`
    #[token("matched", ignore_case)]
    Matched,
    /// `MATERIALIZED`
    #[token("materialized", ignore_case)]
    Materialized,
    /// `MAXVALUE`
    #[token("maxvalue", ignore_case)]
    Maxvalue,
    /// `MERGE`
    #[token("merge", ignore_case)]
    Merge,
    /// `MINUTE`
    #[token("minute", ignore_case)]
    Minute,
    /// `MINVALUE`
    #[token("minvalue", ignore_case)]
    Minvalue,
    /// `MONTH`
    #[token("month", ignore_case)]
    Month,
    /// `NATURAL`
    #[token("natural", ignore_case)]
    Natural,
    /// `NEXT`
    #[token("next", ignore_case)]
    Next,
    /// `NO`
    #[token("no", ignore_case)]
    No,
    /// `NOT`
    #[token("not", ignore_case)]
    Not,
    /// `NOTHING`
    #[token("nothing", ignore_case)]
    Nothing,
    /// `NOTIFY`
    #[token("notify", ignore_case)]
    Notify,
    /// `NOWAIT`
    #[token("nowait", ignore_case)]
    Nowait,
    /// `NULL`
    #[token("null", ignore_case)]
    Null,
    /// `NULLS`
    #[token("nulls", ignore_case)]
    Nulls,
    /// `OF`
    #[token("of", ignore_case)]
    Of,
    /// `OFFSET`
    #[token("offset", ignore_case)]
    Offset,
    /// `ON`
    #[token("on", ignore_case)]
    On,
    /// `ONLY`
    #[token("only", ignore_case)]
    Only,
    /// `OPTION`
    #[token("option", ignore_case)]
    Option,
    /// `OR`
    #[token("or", ignore_case)]
    Or,
    /// `ORDER`
    #[token("order", ignore_case)]
    Order,
    /// `OTHERS`
    #[token("others", ignore_case)]
    Others,
    /// `OUTER`
    #[token("outer", ignore_case)]
    Outer,
    /// `OVER`
    #[token("over", ignore_case)]
    Over,
    /// `OVERLAPS`
    #[token("overlaps", ignore_case)]
    Overlaps,
    /// `OVERLAY`
    #[token("overlay", ignore_case)]
    Overlay,
    /// `OWNER`
    #[token("owner", ignore_case)]
    Owner,
    /// `PARTITION`
    #[token("partition", ignore_case)]
    Partition,
    /// `PERCENT`
    #[token("percent", ignore_case)]
    PercentKw,
    /// `PLACING`
    #[token("placing", ignore_case)]
    Placing,
    /// `POSITION`
    #[token("position", ignore_case)]
    Position,
    /// `PRECEDING`
    #[token("preceding", ignore_case)]
    Preceding,
    /// `PRECISION`
    #[token("precision", ignore_case)]
    Precision,
    /// `PREPARE`
    #[token("prepare", ignore_case)]
    Prepare,
    /// `PRIMARY`
    #[token("primary", ignore_case)]
    Primary,
    /// `PRIVILEGES`
    #[token("privileges", ignore_case)]
    Privileges,
    /// `QUOTE`
    #[token("quote", ignore_case)]
    Quote,
    /// `RANGE`
    #[token("range", ignore_case)]
    Range,
    /// `READ`
    #[token("read", ignore_case)]
    Read,
    /// `RECURSIVE`
    #[token("recursive", ignore_case)]
    Recursive,
    /// `REFERENCES`
    #[token("references", ignore_case)]
    References,
    /// `RELEASE`
    #[token("release", ignore_case)]
    Release,
    /// `RENAME`
    #[token("rename", ignore_case)]
    Rename,
    /// `REPEATABLE`
    #[token("repeatable", ignore_case)]
    Repeatable,
    /// `REPLACE`
    #[token("replace", ignore_case)]
    Replace,
    /// `RESET`
    #[token("reset", ignore_case)]
    Reset,
    /// `RESTART`
    #[token("restart", ignore_case)]
    Restart,
    /// `RESTRICT`
    #[token("restrict", ignore_case)]
    Restrict,
    /// `RETURNING`
    #[token("returning", ignore_case)]
    Returning,
    /// `REVOKE`
    #[token("revoke", ignore_case)]
    Revoke,
    /// `RIGHT`
    #[token("right", ignore_case)]
    Right,
    /// `ROLLBACK`
    #[token("rollback", ignore_case)]
    Rollback,
    /// `ROLLUP`
    #[token("rollup", ignore_case)]
    Rollup,
    /// `ROW`
    #[token("row", ignore_case)]
    Row,
    /// `ROWS`
    #[token("rows", ignore_case)]
    Rows,
    /// `SAVEPOINT`
    #[token("savepoint", ignore_case)]
    Savepoint,
    /// `SCHEMA`
    #[token("schema", ignore_case)]
    Schema,
    /// `SECOND`
    #[token("second", ignore_case)]
    Second,
    /// `SELECT`
    #[token("select", ignore_case)]
    Select,
    /// `SEQUENCE`
    #[token("sequence", ignore_case)]
    Sequence,
    /// `SERIALIZABLE`
    #[token("serializable", ignore_case)]
    Serializable,
    /// `SESSION`
    #[token("session", ignore_case)]
    Session,
    /// `SET`
    #[token("set", ignore_case)]
    Set,
    /// `SETS`
    #[token("sets", ignore_case)]
    Sets,
    /// `SHARE`
    #[token("share", ignore_case)]
    Share,
    /// `SHOW`
    #[token("show", ignore_case)]
    Show,
    /// `SIMILAR`
    #[token("similar", ignore_case)]
    Similar,
    /// `SKIP`
    #[token("skip", ignore_case)]
    Skip,
    /// `SOME`
    #[token("some", ignore_case)]
    Some,
    /// `START`
    #[token("start", ignore_case)]
    Start,
    /// `STDIN`
    #[token("stdin", ignore_case)]
    Stdin,
    /// `STDOUT`
    #[token("stdout", ignore_case)]
    Stdout,
    /// `STORED`
    #[token("stored", ignore_case)]
    Stored,
    /// `SUBSTRING`
    #[token("substring", ignore_case)]
    Substring,
    /// `TABLE`
    #[token("table", ignore_case)]
    Table,
    /// `TABLES`
    #[token("tables", ignore_case)]
    Tables,
    /// `TEMP`
    #[token("temp", ignore_case)]
    Temp,
    /// `TEMPORARY`
    #[token("temporary", ignore_case)]
    Temporary,
    /// `THEN`
    #[token("then", ignore_case)]
    Then,
    /// `TIES`
    #[token("ties", ignore_case)]
    Ties,
    /// `TIME`
    #[token("time", ignore_case)]
    Time,
    /// `TIMESTAMP`
    #[token("timestamp", ignore_case)]
    Timestamp,
    /// `TO`
    #[token("to", ignore_case)]
    To,
    /// `TRAILING`
    #[token("trailing", ignore_case)]
    Trailing,
    /// `TRANSACTION`
    #[token("transaction", ignore_case)]
    Transaction,
    /// `TRIM`
    #[token("trim", ignore_case)]
    Trim,
    /// `TRUE`
    #[token("true", ignore_case)]
    True,
    /// `TRUNCATE`
    #[token("truncate", ignore_case)]
    Truncate,
    /// `TRY_CAST`
    #[token("try_cast", ignore_case)]
    TryCast,
    /// `TYPE`
    #[token("type", ignore_case)]
    Type,
    /// `UNBOUNDED`
    #[token("unbounded", ignore_case)]
    Unbounded,
    /// `UNCOMMITTED`
    #[token("uncommitted", ignore_case)]
    Uncommitted,
    /// `UNION`
    #[token("union", ignore_case)]
    Union,
    /// `UNIQUE`
    #[token("unique", ignore_case)]
    Unique,
    /// `UNKNOWN`
    #[token("unknown", ignore_case)]
    Unknown,
    /// `UNLISTEN`
    #[token("unlisten", ignore_case)]
    Unlisten,
    /// `UNLOGGED`
    #[token("unlogged", ignore_case)]
    Unlogged,
    /// `UPDATE`
    #[token("update", ignore_case)]
    Update,
    /// `USING`
    #[token("using", ignore_case)]
    Using,
    /// `VACUUM`
    #[token("vacuum", ignore_case)]
    Vacuum,
    /// `VALUES`
    #[token("values", ignore_case)]
    Values,
    /// `VARYING`
    #[token("varying", ignore_case)]
    Varying,
    /// `VERBOSE`
    #[token("verbose", ignore_case)]
    Verbose,
    /// `VIEW`
    #[token("view", ignore_case)]
    View,
    /// `WHEN`
    #[token("when", ignore_case)]
    When,
    /// `WHERE`
    #[token("where", ignore_case)]
    Where,
    /// `WINDOW`
    #[token("window", ignore_case)]
    Window,
    /// `WITH`
    #[token("with", ignore_case)]
    With,
    /// `WITHIN`
    #[token("within", ignore_case)]
    Within,
    /// `WITHOUT`
    #[token("without", ignore_case)]
    Without,
    /// `WORK`
    #[token("work", ignore_case)]
    Work,
    /// `WRITE`
    #[token("write", ignore_case)]
    Write,
    /// `YEAR`
    #[token("year", ignore_case)]
    Year,
    /// `ZONE`
    #[token("zone", ignore_case)]
    Zone,
}
