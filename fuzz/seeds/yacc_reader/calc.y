/* A desk calculator with variables, in the style of the bison manual's `calc`. */
%{
#include <stdio.h>
#include <math.h>
int yylex(void);
void yyerror(const char *);
static double vars[26];
%}

%define api.value.type {double}
%token NUM VAR
%token FN "function"
%right '='
%left '-' '+'
%left '*' '/' '%'
%precedence NEG   /* negation: unary minus */
%right '^'        /* exponentiation */

%%

input:
  %empty
| input line
;

line:
  '\n'
| exp '\n'       { printf("%.10g\n", $1); }
| error '\n'     { yyerrok; }
;

exp:
  NUM
| VAR                    { $$ = vars[(int) $1]; }
| VAR '=' exp            { $$ = vars[(int) $1] = $3; }
| "function" '(' exp ')' { $$ = $3; }
| exp '+' exp            { $$ = $1 + $3; }
| exp '-' exp            { $$ = $1 - $3; }
| exp '*' exp            { $$ = $1 * $3; }
| exp '/' exp            { $$ = $1 / $3; }
| exp '%' exp            { $$ = fmod($1, $3); }
| '-' exp  %prec NEG     { $$ = -$2; }
| exp '^' exp            { $$ = pow($1, $3); }
| '(' exp ')'            { $$ = $2; }
;

%%

void yyerror(const char *s) { fprintf(stderr, "%s\n", s); }
