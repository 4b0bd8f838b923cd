using WorkflowDms.Engine.Expressions.Syntax;

namespace WorkflowDms.Engine.Expressions;

/// <summary>
/// Recursive-descent parser for the expression language (grammar in docs/expression-language.md).
/// Nesting is capped so hostile input cannot overflow the stack.
/// </summary>
internal sealed class Parser
{
    private const int MaxDepth = 64;
    private readonly List<Lexeme> _tokens;
    private int _position;
    private int _depth;

    private Parser(List<Lexeme> tokens) => _tokens = tokens;

    public static ExprNode Parse(string text)
    {
        var parser = new Parser(Lexer.Tokenize(text));
        if (parser.Current.Kind == LexemeKind.End)
        {
            throw new ExpressionException("the expression is empty");
        }

        var node = parser.ParseConditional();
        if (parser.Current.Kind != LexemeKind.End)
        {
            throw new ExpressionException($"unexpected '{parser.Current.Text}' at position {parser.Current.Position}");
        }

        return node;
    }

    private Lexeme Current => _tokens[_position];

    private ExprNode ParseConditional()
    {
        if (++_depth > MaxDepth)
        {
            throw new ExpressionException($"the expression is nested deeper than {MaxDepth} levels");
        }

        var condition = ParseOr();
        if (Accept("?"))
        {
            var whenTrue = ParseConditional();
            ExpectOperator(":");
            var whenFalse = ParseConditional();
            condition = new ConditionalNode(condition, whenTrue, whenFalse);
        }

        _depth--;
        return condition;
    }

    private ExprNode ParseOr()
    {
        var left = ParseAnd();
        while (Accept("||") || AcceptWord("or"))
        {
            left = new LogicalNode(false, left, ParseAnd());
        }

        return left;
    }

    private ExprNode ParseAnd()
    {
        var left = ParseEquality();
        while (Accept("&&") || AcceptWord("and"))
        {
            left = new LogicalNode(true, left, ParseEquality());
        }

        return left;
    }

    private ExprNode ParseEquality()
    {
        var left = ParseRelational();
        while (true)
        {
            if (Accept("==") || AcceptWord("eq"))
            {
                left = new EqualityNode(false, left, ParseRelational());
            }
            else if (Accept("!=") || AcceptWord("ne"))
            {
                left = new EqualityNode(true, left, ParseRelational());
            }
            else
            {
                return left;
            }
        }
    }

    private ExprNode ParseRelational()
    {
        var left = ParseAdditive();
        while (true)
        {
            var op = Current.Kind == LexemeKind.Operator && Current.Text is "<" or "<=" or ">" or ">="
                ? Current.Text
                : Current.Kind == LexemeKind.Identifier
                    ? Current.Text switch { "lt" => "<", "le" => "<=", "gt" => ">", "ge" => ">=", _ => null }
                    : null;
            if (op is null)
            {
                return left;
            }

            _position++;
            left = new RelationalNode(op, left, ParseAdditive());
        }
    }

    private ExprNode ParseAdditive()
    {
        var left = ParseMultiplicative();
        while (Current.Kind == LexemeKind.Operator && Current.Text is "+" or "-")
        {
            var op = Current.Text[0];
            _position++;
            left = new ArithmeticNode(op, left, ParseMultiplicative());
        }

        return left;
    }

    private ExprNode ParseMultiplicative()
    {
        var left = ParseUnary();
        while (true)
        {
            char op;
            if (Current.Kind == LexemeKind.Operator && Current.Text is "*" or "/" or "%")
            {
                op = Current.Text[0];
            }
            else if (Current.Kind == LexemeKind.Identifier && Current.Text is "div" or "mod")
            {
                op = Current.Text == "div" ? '/' : '%';
            }
            else
            {
                return left;
            }

            _position++;
            left = new ArithmeticNode(op, left, ParseUnary());
        }
    }

    private ExprNode ParseUnary()
    {
        if (Accept("!") || AcceptWord("not"))
        {
            return new NotNode(Nested(ParseUnary));
        }

        if (Accept("-"))
        {
            return new NegateNode(Nested(ParseUnary));
        }

        if (AcceptWord("empty"))
        {
            return new EmptyNode(Nested(ParseUnary));
        }

        return ParsePostfix();
    }

    private ExprNode ParsePostfix()
    {
        var node = ParsePrimary();
        while (true)
        {
            if (Accept("."))
            {
                var name = ExpectIdentifier();
                if (Accept("("))
                {
                    if (Array.IndexOf(MethodNode.Names, name) < 0)
                    {
                        throw new ExpressionException($"unknown method '{name}'");
                    }

                    node = new MethodNode(node, name, ParseArguments());
                }
                else
                {
                    node = new MemberNode(node, name);
                }
            }
            else if (Accept("["))
            {
                var index = ParseConditional();
                ExpectOperator("]");
                node = new IndexNode(node, index);
            }
            else
            {
                return node;
            }
        }
    }

    private ExprNode ParsePrimary()
    {
        var token = Current;
        switch (token.Kind)
        {
            case LexemeKind.Number or LexemeKind.String:
                _position++;
                return new LiteralNode(token.Value);
            case LexemeKind.Identifier:
                _position++;
                return token.Text switch
                {
                    "true" => new LiteralNode(true),
                    "false" => new LiteralNode(false),
                    "null" => new LiteralNode(null),
                    _ when Accept("(") => Function(token.Text),
                    _ => new VariableNode(token.Text),
                };
            case LexemeKind.Operator when token.Text == "(":
                _position++;
                var inner = ParseConditional();
                ExpectOperator(")");
                return inner;
            case LexemeKind.End:
                throw new ExpressionException("unexpected end of expression");
            default:
                throw new ExpressionException($"unexpected '{token.Text}' at position {token.Position}");
        }
    }

    private FunctionNode Function(string name)
    {
        if (Array.IndexOf(FunctionNode.Names, name) < 0)
        {
            throw new ExpressionException($"unknown function '{name}'");
        }

        if (ParseArguments().Length != 0)
        {
            throw new ExpressionException($"{name}() takes no arguments");
        }

        return new FunctionNode(name);
    }

    private ExprNode[] ParseArguments()
    {
        var args = new List<ExprNode>();
        if (Accept(")"))
        {
            return [.. args];
        }

        do
        {
            args.Add(ParseConditional());
        }
        while (Accept(","));
        ExpectOperator(")");
        return [.. args];
    }

    private ExprNode Nested(Func<ExprNode> parse)
    {
        if (++_depth > MaxDepth)
        {
            throw new ExpressionException($"the expression is nested deeper than {MaxDepth} levels");
        }

        var node = parse();
        _depth--;
        return node;
    }

    private bool Accept(string op)
    {
        if (Current.Kind == LexemeKind.Operator && Current.Text == op)
        {
            _position++;
            return true;
        }

        return false;
    }

    private bool AcceptWord(string word)
    {
        if (Current.Kind == LexemeKind.Identifier && Current.Text == word)
        {
            _position++;
            return true;
        }

        return false;
    }

    private void ExpectOperator(string op)
    {
        if (!Accept(op))
        {
            throw new ExpressionException(Current.Kind == LexemeKind.End
                ? $"expected '{op}' but the expression ended"
                : $"expected '{op}' at position {Current.Position} but found '{Current.Text}'");
        }
    }

    private string ExpectIdentifier()
    {
        if (Current.Kind != LexemeKind.Identifier)
        {
            throw new ExpressionException($"expected a name at position {Current.Position}");
        }

        return _tokens[_position++].Text;
    }
}
