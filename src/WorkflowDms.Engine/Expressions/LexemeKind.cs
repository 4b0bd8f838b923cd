namespace WorkflowDms.Engine.Expressions;

internal enum LexemeKind
{
    End,
    Number,
    String,
    Identifier,
    Operator,
}
