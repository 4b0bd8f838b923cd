namespace WorkflowDms.Cli.Commands;

/// <summary>The command line's words are off.</summary>
internal sealed class UsageException(string message) : Exception(message);
