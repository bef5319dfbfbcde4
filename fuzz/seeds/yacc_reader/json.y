/* JSON (RFC 8259). Strings and numbers come from the lexer. */
%token STRING NUMBER
%token TRUE "true" FALSE "false" NULL_ "null"
%start json
%%
json: value ;

value: object
     | array
     | STRING
     | NUMBER
     | "true"
     | "false"
     | "null"
     ;

object: '{' '}'
      | '{' members '}'
      ;

members: member
       | members ',' member
       ;

member: STRING ':' value ;

array: '[' ']'
     | '[' elements ']'
     ;

elements: value
        | elements ',' value
        ;
