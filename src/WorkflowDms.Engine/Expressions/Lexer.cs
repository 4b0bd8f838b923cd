using System.Globalization;
using System.Text;

namespace WorkflowDms.Engine.Expressions;

/// <summary>Splits expression text into tokens. Runs once per expression, at deployment.</summary>
internal static class Lexer
{
    private static readonly string[] TwoCharOperators = ["<=", ">=", "==", "!=", "&&", "||"];
    private const string OneCharOperators = "+-*/%!<>?:()[].,";

    public static List<Lexeme> Tokenize(string text)
    {
        var tokens = new List<Lexeme>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (char.IsDigit(c))
            {
                tokens.Add(ReadNumber(text, ref i));
            }
            else if (c is '\'' or '"')
            {
                tokens.Add(ReadString(text, ref i));
            }
            else if (char.IsLetter(c) || c == '_' || c == '$')
            {
                var start = i;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '_' || text[i] == '$'))
                {
                    i++;
                }

                tokens.Add(new Lexeme(LexemeKind.Identifier, text[start..i], null, start));
            }
            else
            {
                tokens.Add(ReadOperator(text, ref i));
            }
        }

        tokens.Add(new Lexeme(LexemeKind.End, string.Empty, null, text.Length));
        return tokens;
    }

    private static Lexeme ReadOperator(string text, ref int i)
    {
        if (i + 1 < text.Length)
        {
            var two = text.Substring(i, 2);
            if (Array.IndexOf(TwoCharOperators, two) >= 0)
            {
                i += 2;
                return new Lexeme(LexemeKind.Operator, two, null, i - 2);
            }
        }

        if (OneCharOperators.Contains(text[i], StringComparison.Ordinal))
        {
            i++;
            return new Lexeme(LexemeKind.Operator, text[i - 1].ToString(), null, i - 1);
        }

        throw new ExpressionException($"unexpected character '{text[i]}' at position {i}");
    }

    // Integers are long, numbers with a fraction are decimal (money-safe), numbers with an exponent double;
    // suffixes m/d/L force decimal/double/long as in C#.
    private static Lexeme ReadNumber(string text, ref int i)
    {
        var start = i;
        var hasDot = false;
        var hasExponent = false;
        while (i < text.Length && char.IsDigit(text[i]))
        {
            i++;
        }

        if (i + 1 < text.Length && text[i] == '.' && char.IsDigit(text[i + 1]))
        {
            hasDot = true;
            i++;
            while (i < text.Length && char.IsDigit(text[i]))
            {
                i++;
            }
        }

        if (i < text.Length && text[i] is 'e' or 'E')
        {
            hasExponent = true;
            i++;
            if (i < text.Length && text[i] is '+' or '-')
            {
                i++;
            }

            while (i < text.Length && char.IsDigit(text[i]))
            {
                i++;
            }
        }

        var literal = text[start..i];
        var suffix = i < text.Length ? char.ToLowerInvariant(text[i]) : '\0';
        if (suffix is 'm' or 'd' or 'l')
        {
            i++;
        }

        object value;
        try
        {
            value = suffix switch
            {
                'm' => decimal.Parse(literal, NumberStyles.Float, CultureInfo.InvariantCulture),
                'd' => double.Parse(literal, NumberStyles.Float, CultureInfo.InvariantCulture),
                'l' => long.Parse(literal, NumberStyles.Integer, CultureInfo.InvariantCulture),
                _ when hasExponent => double.Parse(literal, NumberStyles.Float, CultureInfo.InvariantCulture),
                _ when hasDot => decimal.Parse(literal, NumberStyles.Float, CultureInfo.InvariantCulture),
                _ => long.TryParse(literal, NumberStyles.Integer, CultureInfo.InvariantCulture, out var l)
                    ? (object)l
                    : decimal.Parse(literal, NumberStyles.Float, CultureInfo.InvariantCulture),
            };
        }
        catch (Exception ex) when (ex is FormatException or OverflowException)
        {
            throw new ExpressionException($"invalid number '{literal}' at position {start}");
        }

        return new Lexeme(LexemeKind.Number, text[start..i], value, start);
    }

    private static Lexeme ReadString(string text, ref int i)
    {
        var quote = text[i];
        var start = i++;
        var sb = new StringBuilder();
        while (i < text.Length && text[i] != quote)
        {
            if (text[i] == '\\' && i + 1 < text.Length)
            {
                i++;
                sb.Append(text[i] switch { 'n' => '\n', 't' => '\t', 'r' => '\r', _ => text[i] });
            }
            else
            {
                sb.Append(text[i]);
            }

            i++;
        }

        if (i >= text.Length)
        {
            throw new ExpressionException($"unterminated string starting at position {start}");
        }

        i++;
        return new Lexeme(LexemeKind.String, text[start..i], sb.ToString(), start);
    }
}
