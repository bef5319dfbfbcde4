/* A small C-like language: declarations, functions, statements and the full set of C
   expression operators, ordered by precedence declarations. The dangling else is settled
   with a precedence marker, so the grammar has no conflict left. */
%token IDENT INT_LIT FLOAT_LIT CHAR_LIT STRING_LIT
%token INT CHAR FLOAT DOUBLE VOID STRUCT CONST STATIC EXTERN
%token IF ELSE WHILE DO FOR RETURN BREAK CONTINUE SWITCH CASE DEFAULT GOTO SIZEOF
%token INC "++" DEC "--" ARROW "->"
%token LE "<=" GE ">=" EQ "==" NE "!=" AND "&&" OR "||" SHL "<<" SHR ">>"
%token ADD_ASSIGN "+=" SUB_ASSIGN "-=" MUL_ASSIGN "*=" DIV_ASSIGN "/=" MOD_ASSIGN "%="
%token AND_ASSIGN "&=" OR_ASSIGN "|=" XOR_ASSIGN "^=" SHL_ASSIGN "<<=" SHR_ASSIGN ">>="

%precedence THEN
%precedence ELSE
%left ','
%right '=' "+=" "-=" "*=" "/=" "%=" "&=" "|=" "^=" "<<=" ">>="
%right '?' ':'
%left "||"
%left "&&"
%left '|'
%left '^'
%left '&'
%left "==" "!="
%left '<' '>' "<=" ">="
%left "<<" ">>"
%left '+' '-'
%left '*' '/' '%'
%right UNARY SIZEOF
%left "++" "--" '(' '[' '.' "->"

%%

translation_unit: external_decl
                | translation_unit external_decl
                ;

external_decl: function_def
             | declaration
             ;

function_def: decl_specs declarator compound_stmt ;

declaration: decl_specs init_declarators ';'
           | decl_specs ';'
           ;

decl_specs: type_spec
          | storage decl_specs
          | CONST decl_specs
          ;

storage: STATIC | EXTERN ;

type_spec: INT | CHAR | FLOAT | DOUBLE | VOID
         | STRUCT IDENT
         | STRUCT IDENT '{' struct_fields '}'
         | STRUCT '{' struct_fields '}'
         ;

struct_fields: struct_field
             | struct_fields struct_field
             ;

struct_field: decl_specs declarator ';' ;

init_declarators: init_declarator
                | init_declarators ',' init_declarator
                ;

init_declarator: declarator
               | declarator '=' initializer
               ;

initializer: assign_expr
           | '{' initializer_list '}'
           | '{' initializer_list ',' '}'
           ;

initializer_list: initializer
                | initializer_list ',' initializer
                ;

declarator: pointer direct_declarator
          | direct_declarator
          ;

pointer: '*'
       | '*' pointer
       | '*' CONST pointer
       | '*' CONST
       ;

direct_declarator: IDENT
                 | '(' declarator ')'
                 | direct_declarator '[' ']'
                 | direct_declarator '[' expr ']'
                 | direct_declarator '(' ')'
                 | direct_declarator '(' params ')'
                 ;

params: param
      | params ',' param
      ;

param: decl_specs declarator
     | decl_specs
     ;

compound_stmt: '{' '}'
             | '{' block_items '}'
             ;

block_items: block_item
           | block_items block_item
           ;

block_item: declaration
          | stmt
          ;

stmt: compound_stmt
    | expr ';'
    | ';'
    | IF '(' expr ')' stmt %prec THEN
    | IF '(' expr ')' stmt ELSE stmt
    | WHILE '(' expr ')' stmt
    | DO stmt WHILE '(' expr ')' ';'
    | FOR '(' opt_expr ';' opt_expr ';' opt_expr ')' stmt
    | SWITCH '(' expr ')' stmt
    | CASE expr ':' stmt
    | DEFAULT ':' stmt
    | IDENT ':' stmt
    | GOTO IDENT ';'
    | RETURN opt_expr ';'
    | BREAK ';'
    | CONTINUE ';'
    ;

opt_expr: %empty | expr ;

expr: assign_expr
    | expr ',' assign_expr
    ;

assign_expr: e ;

e: e '=' e
 | e "+=" e | e "-=" e | e "*=" e | e "/=" e | e "%=" e
 | e "&=" e | e "|=" e | e "^=" e | e "<<=" e | e ">>=" e
 | e '?' e ':' e
 | e "||" e
 | e "&&" e
 | e '|' e
 | e '^' e
 | e '&' e
 | e "==" e | e "!=" e
 | e '<' e | e '>' e | e "<=" e | e ">=" e
 | e "<<" e | e ">>" e
 | e '+' e | e '-' e
 | e '*' e | e '/' e | e '%' e
 | '-' e %prec UNARY
 | '+' e %prec UNARY
 | '!' e %prec UNARY
 | '~' e %prec UNARY
 | '*' e %prec UNARY
 | '&' e %prec UNARY
 | "++" e %prec UNARY
 | "--" e %prec UNARY
 | SIZEOF e
 | e "++"
 | e "--"
 | e '[' expr ']'
 | e '(' ')'
 | e '(' args ')'
 | e '.' IDENT
 | e "->" IDENT
 | '(' expr ')'
 | IDENT
 | INT_LIT
 | FLOAT_LIT
 | CHAR_LIT
 | STRING_LIT
 ;

args: e
    | args ',' e
    ;
