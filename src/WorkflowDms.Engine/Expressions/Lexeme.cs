namespace WorkflowDms.Engine.Expressions;

/// <summary>One lexical token; <see cref="Value"/> holds the parsed literal for numbers and strings.</summary>
internal readonly record struct Lexeme(LexemeKind Kind, string Text, object? Value, int Position);
