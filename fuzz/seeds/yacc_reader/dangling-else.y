/* The dangling else: `if a then if b then s else s` has two parses. Like every yacc, the
   parser shifts the `else`, attaching it to the nearest `if`; the one conflict is declared. */
%expect 1
%token IF THEN ELSE WHILE DO BEGIN_ END ID NUM ASSIGN
%%
program: stmts ;

stmts: stmt
     | stmts ';' stmt
     ;

stmt: IF cond THEN stmt
    | IF cond THEN stmt ELSE stmt
    | WHILE cond DO stmt
    | BEGIN_ stmts END
    | ID ASSIGN expr
    | %empty
    ;

cond: expr '=' expr
    | expr '<' expr
    ;

expr: expr '+' term | term ;
term: term '*' factor | factor ;
factor: ID | NUM | '(' expr ')' ;
