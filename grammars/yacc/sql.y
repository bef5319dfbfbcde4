/* A sizeable SQL dialect: queries with joins, grouping, set operations, subqueries and
   window-free expressions; DML; DDL for tables, indexes and views; transactions and
   privileges. Expression operators are ordered by precedence declarations, as in
   PostgreSQL's grammar. Two conflicts remain and are declared: `((SELECT 1))` as a
   parenthesized query or an expression, and `INSERT INTO t (` starting a column list or a
   parenthesized query; shifting is right in both.
   This is a test grammar for the yacc reader, the CLI and the comparisons with bison; it is
   not the grammar of `sly_grammars::sql` (grammars/src/sql/parser.rs), which is written with
   the `#[parser]` macro. */
%expect 2
%token IDENT INTEGER DECIMAL STRING PARAM
%token SELECT DISTINCT ALL FROM WHERE GROUP BY HAVING ORDER ASC DESC LIMIT OFFSET
%token AS JOIN INNER LEFT RIGHT FULL OUTER CROSS NATURAL ON USING
%token UNION INTERSECT EXCEPT WITH RECURSIVE
%token INSERT INTO VALUES DEFAULT UPDATE SET DELETE RETURNING CONFLICT DO NOTHING
%token CREATE TABLE TEMPORARY IF_ EXISTS PRIMARY KEY FOREIGN REFERENCES UNIQUE CHECK
%token CONSTRAINT INDEX VIEW DROP ALTER ADD COLUMN RENAME TO CASCADE RESTRICT
%token BEGIN_ COMMIT ROLLBACK SAVEPOINT RELEASE TRANSACTION WORK
%token GRANT REVOKE PRIVILEGES PUBLIC OPTION
%token CASE WHEN THEN ELSE END CAST
%token TRUE_ FALSE_ NULL_ NOT AND OR IS IN BETWEEN LIKE ILIKE ESCAPE
%token INT_T BIGINT_T SMALLINT_T REAL_T DOUBLE_T PRECISION NUMERIC_T VARCHAR_T CHAR_T
%token TEXT_T BOOLEAN_T DATE_T TIME_T TIMESTAMP_T VARYING
%token NULLS FIRST LAST COLLATE
%token LE "<=" GE ">=" NE "<>" CONCAT "||" TYPECAST "::"

%left UNION EXCEPT
%left INTERSECT
%left OR
%left AND
%right NOT
%nonassoc IS
%nonassoc '<' '>' '=' "<=" ">=" "<>"
%nonassoc BETWEEN IN LIKE ILIKE
%nonassoc ESCAPE
%left "||"
%left '+' '-'
%left '*' '/' '%'
%left '^'
%right UMINUS
%left COLLATE
%left "::"
%left '.'
%left JOIN CROSS LEFT FULL RIGHT INNER NATURAL

%%

script: stmt_list ;

stmt_list: stmt
         | stmt_list ';' stmt
         ;

stmt: %empty
    | select_stmt
    | insert_stmt
    | update_stmt
    | delete_stmt
    | create_table_stmt
    | create_index_stmt
    | create_view_stmt
    | drop_stmt
    | alter_table_stmt
    | transaction_stmt
    | grant_stmt
    | revoke_stmt
    ;

/* Queries */

select_stmt: select_no_parens
           | select_with_parens
           ;

select_with_parens: '(' select_no_parens ')'
                  | '(' select_with_parens ')'
                  ;

select_no_parens: simple_select
                | select_clause sort_clause
                | select_clause opt_sort_clause limit_clause
                | with_clause select_clause
                | with_clause select_clause sort_clause
                | with_clause select_clause opt_sort_clause limit_clause
                ;

select_clause: simple_select
             | select_with_parens
             ;

simple_select: SELECT opt_all_distinct target_list from_clause where_clause group_clause having_clause
             | values_clause
             | select_clause UNION opt_all select_clause
             | select_clause INTERSECT opt_all select_clause
             | select_clause EXCEPT opt_all select_clause
             ;

with_clause: WITH cte_list
           | WITH RECURSIVE cte_list
           ;

cte_list: common_table_expr
        | cte_list ',' common_table_expr
        ;

common_table_expr: name opt_name_list AS '(' select_stmt ')' ;

opt_all_distinct: %empty
                | ALL
                | DISTINCT
                | DISTINCT ON '(' expr_list ')'
                ;

opt_all: %empty | ALL | DISTINCT ;

target_list: target_el
           | target_list ',' target_el
           ;

target_el: a_expr AS name
         | a_expr IDENT
         | a_expr
         | '*'
         ;

from_clause: %empty
           | FROM from_list
           ;

from_list: table_ref
         | from_list ',' table_ref
         ;

table_ref: qualified_name opt_alias_clause
         | select_with_parens opt_alias_clause
         | joined_table
         | '(' joined_table ')' alias_clause
         ;

joined_table: '(' joined_table ')'
            | table_ref CROSS JOIN table_ref
            | table_ref join_type JOIN table_ref join_qual
            | table_ref JOIN table_ref join_qual
            | table_ref NATURAL join_type JOIN table_ref
            | table_ref NATURAL JOIN table_ref
            ;

join_type: FULL opt_outer
         | LEFT opt_outer
         | RIGHT opt_outer
         | INNER
         ;

opt_outer: %empty | OUTER ;

join_qual: USING '(' name_list ')'
         | ON a_expr
         ;

alias_clause: AS name '(' name_list ')'
            | AS name
            | IDENT '(' name_list ')'
            | IDENT
            ;

opt_alias_clause: %empty | alias_clause ;

where_clause: %empty
            | WHERE a_expr
            ;

group_clause: %empty
            | GROUP BY expr_list
            ;

having_clause: %empty
             | HAVING a_expr
             ;

sort_clause: ORDER BY sortby_list ;

opt_sort_clause: %empty | sort_clause ;

sortby_list: sortby
           | sortby_list ',' sortby
           ;

sortby: a_expr opt_asc_desc opt_nulls_order ;

opt_asc_desc: %empty | ASC | DESC ;

opt_nulls_order: %empty
               | NULLS FIRST
               | NULLS LAST
               ;

limit_clause: LIMIT select_limit_value
            | LIMIT select_limit_value OFFSET a_expr
            | OFFSET a_expr
            ;

select_limit_value: a_expr | ALL ;

values_clause: VALUES '(' expr_list ')'
             | values_clause ',' '(' expr_list ')'
             ;

/* Data manipulation */

insert_stmt: opt_with_clause INSERT INTO qualified_name opt_name_list insert_rest on_conflict returning_clause ;

opt_with_clause: %empty | with_clause ;

insert_rest: select_stmt
           | DEFAULT VALUES
           ;

on_conflict: %empty
           | ON CONFLICT conflict_target DO NOTHING
           | ON CONFLICT conflict_target DO UPDATE SET set_clause_list where_clause
           ;

conflict_target: %empty
               | '(' name_list ')'
               | ON CONSTRAINT name
               ;

returning_clause: %empty
                | RETURNING target_list
                ;

update_stmt: opt_with_clause UPDATE qualified_name opt_alias_clause SET set_clause_list from_clause where_clause returning_clause ;

set_clause_list: set_clause
               | set_clause_list ',' set_clause
               ;

set_clause: name '=' set_value
          | '(' name_list ')' '=' '(' expr_list ')'
          ;

set_value: a_expr | DEFAULT ;

delete_stmt: opt_with_clause DELETE FROM qualified_name opt_alias_clause using_clause where_clause returning_clause ;

using_clause: %empty
            | USING from_list
            ;

/* Data definition */

create_table_stmt: CREATE opt_temp TABLE opt_if_not_exists qualified_name '(' table_elements ')'
                 | CREATE opt_temp TABLE opt_if_not_exists qualified_name AS select_stmt
                 ;

opt_temp: %empty | TEMPORARY ;

opt_if_not_exists: %empty | IF_ NOT EXISTS ;

opt_if_exists: %empty | IF_ EXISTS ;

table_elements: table_element
              | table_elements ',' table_element
              ;

table_element: column_def
             | table_constraint
             ;

column_def: name type_name col_constraints ;

col_constraints: %empty
               | col_constraints col_constraint
               ;

col_constraint: CONSTRAINT name col_constraint_elem
              | col_constraint_elem
              | COLLATE name
              ;

col_constraint_elem: NOT NULL_
                   | NULL_
                   | UNIQUE
                   | PRIMARY KEY
                   | CHECK '(' a_expr ')'
                   | DEFAULT b_expr
                   | REFERENCES qualified_name opt_name_list key_actions
                   ;

table_constraint: CONSTRAINT name constraint_elem
                | constraint_elem
                ;

constraint_elem: CHECK '(' a_expr ')'
               | UNIQUE '(' name_list ')'
               | PRIMARY KEY '(' name_list ')'
               | FOREIGN KEY '(' name_list ')' REFERENCES qualified_name opt_name_list key_actions
               ;

key_actions: %empty
           | key_actions ON DELETE key_action
           | key_actions ON UPDATE key_action
           ;

key_action: CASCADE
          | RESTRICT
          | SET NULL_
          | SET DEFAULT
          ;

create_index_stmt: CREATE opt_unique INDEX opt_if_not_exists name ON qualified_name '(' index_params ')' where_clause ;

opt_unique: %empty | UNIQUE ;

index_params: index_elem
            | index_params ',' index_elem
            ;

index_elem: name opt_asc_desc opt_nulls_order
          | '(' a_expr ')' opt_asc_desc opt_nulls_order
          ;

create_view_stmt: CREATE opt_temp VIEW qualified_name opt_name_list AS select_stmt ;

drop_stmt: DROP TABLE opt_if_exists qualified_name_list opt_drop_behavior
         | DROP INDEX opt_if_exists qualified_name_list opt_drop_behavior
         | DROP VIEW opt_if_exists qualified_name_list opt_drop_behavior
         ;

opt_drop_behavior: %empty | CASCADE | RESTRICT ;

alter_table_stmt: ALTER TABLE opt_if_exists qualified_name alter_table_cmds ;

alter_table_cmds: alter_table_cmd
                | alter_table_cmds ',' alter_table_cmd
                ;

alter_table_cmd: ADD column_def
               | ADD COLUMN column_def
               | ADD table_constraint
               | DROP opt_column name opt_drop_behavior
               | DROP CONSTRAINT name opt_drop_behavior
               | ALTER opt_column name SET DEFAULT a_expr
               | ALTER opt_column name DROP DEFAULT
               | ALTER opt_column name SET NOT NULL_
               | ALTER opt_column name DROP NOT NULL_
               | RENAME opt_column name TO name
               | RENAME TO name
               ;

opt_column: %empty | COLUMN ;

/* Transactions and privileges */

transaction_stmt: BEGIN_ opt_transaction
                | COMMIT opt_transaction
                | ROLLBACK opt_transaction
                | ROLLBACK opt_transaction TO SAVEPOINT name
                | SAVEPOINT name
                | RELEASE SAVEPOINT name
                | RELEASE name
                ;

opt_transaction: %empty | WORK | TRANSACTION ;

grant_stmt: GRANT privileges ON qualified_name_list TO grantee_list opt_grant_option ;

revoke_stmt: REVOKE privileges ON qualified_name_list FROM grantee_list opt_drop_behavior ;

privileges: ALL
          | ALL PRIVILEGES
          | privilege_list
          ;

privilege_list: privilege
              | privilege_list ',' privilege
              ;

privilege: SELECT | INSERT | UPDATE | DELETE | REFERENCES ;

grantee_list: grantee
            | grantee_list ',' grantee
            ;

grantee: name | PUBLIC ;

opt_grant_option: %empty | WITH GRANT OPTION ;

/* Types */

type_name: simple_type
         | simple_type '[' ']'
         ;

simple_type: INT_T
           | BIGINT_T
           | SMALLINT_T
           | REAL_T
           | DOUBLE_T PRECISION
           | NUMERIC_T
           | NUMERIC_T '(' INTEGER ')'
           | NUMERIC_T '(' INTEGER ',' INTEGER ')'
           | VARCHAR_T '(' INTEGER ')'
           | CHAR_T opt_varying '(' INTEGER ')'
           | CHAR_T
           | TEXT_T
           | BOOLEAN_T
           | DATE_T
           | TIME_T
           | TIMESTAMP_T
           | qualified_name
           ;

opt_varying: %empty | VARYING ;

/* Expressions */

a_expr: c_expr
      | a_expr "::" type_name
      | a_expr COLLATE name
      | '+' a_expr %prec UMINUS
      | '-' a_expr %prec UMINUS
      | a_expr '+' a_expr
      | a_expr '-' a_expr
      | a_expr '*' a_expr
      | a_expr '/' a_expr
      | a_expr '%' a_expr
      | a_expr '^' a_expr
      | a_expr "||" a_expr
      | a_expr '<' a_expr
      | a_expr '>' a_expr
      | a_expr '=' a_expr
      | a_expr "<=" a_expr
      | a_expr ">=" a_expr
      | a_expr "<>" a_expr
      | a_expr AND a_expr
      | a_expr OR a_expr
      | NOT a_expr
      | a_expr LIKE a_expr
      | a_expr LIKE a_expr ESCAPE a_expr
      | a_expr NOT LIKE a_expr %prec LIKE
      | a_expr ILIKE a_expr
      | a_expr NOT ILIKE a_expr %prec ILIKE
      | a_expr IS NULL_ %prec IS
      | a_expr IS NOT NULL_ %prec IS
      | a_expr IS TRUE_ %prec IS
      | a_expr IS FALSE_ %prec IS
      | a_expr BETWEEN b_expr AND a_expr %prec BETWEEN
      | a_expr NOT BETWEEN b_expr AND a_expr %prec BETWEEN
      | a_expr IN in_expr
      | a_expr NOT IN in_expr %prec IN
      | EXISTS select_with_parens
      ;

/* Restricted expressions, where AND and boolean operators would be ambiguous. */
b_expr: c_expr
      | b_expr "::" type_name
      | '+' b_expr %prec UMINUS
      | '-' b_expr %prec UMINUS
      | b_expr '+' b_expr
      | b_expr '-' b_expr
      | b_expr '*' b_expr
      | b_expr '/' b_expr
      | b_expr '%' b_expr
      | b_expr '^' b_expr
      | b_expr "||" b_expr
      | b_expr '<' b_expr
      | b_expr '>' b_expr
      | b_expr '=' b_expr
      | b_expr "<=" b_expr
      | b_expr ">=" b_expr
      | b_expr "<>" b_expr
      ;

c_expr: columnref
      | literal
      | PARAM
      | '(' a_expr ')'
      | case_expr
      | func_expr
      | select_with_parens
      | CAST '(' a_expr AS type_name ')'
      ;

in_expr: select_with_parens
       | '(' expr_list ')'
       ;

case_expr: CASE case_arg when_clauses case_default END ;

case_arg: %empty | a_expr ;

when_clauses: when_clause
            | when_clauses when_clause
            ;

when_clause: WHEN a_expr THEN a_expr ;

case_default: %empty
            | ELSE a_expr
            ;

func_expr: func_name '(' ')'
         | func_name '(' '*' ')'
         | func_name '(' func_args ')'
         | func_name '(' DISTINCT func_args ')'
         ;

func_args: a_expr
         | func_args ',' a_expr
         ;

func_name: IDENT
         | IDENT '.' IDENT
         ;

columnref: IDENT
         | IDENT '.' IDENT
         | IDENT '.' '*'
         | IDENT '.' IDENT '.' IDENT
         ;

literal: INTEGER
       | DECIMAL
       | STRING
       | TRUE_
       | FALSE_
       | NULL_
       ;

expr_list: a_expr
         | expr_list ',' a_expr
         ;

/* Names */

name: IDENT ;

name_list: name
         | name_list ',' name
         ;

opt_name_list: %empty
             | '(' name_list ')'
             ;

qualified_name: IDENT
              | IDENT '.' IDENT
              ;

qualified_name_list: qualified_name
                   | qualified_name_list ',' qualified_name
                   ;
