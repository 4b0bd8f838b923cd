namespace WorkflowDms.Cli.Validation;

/// <summary>What a file is taken for, by its name.</summary>
internal enum FileKind
{
    Bpmn,
    RuleSet,
    Missing,
}
