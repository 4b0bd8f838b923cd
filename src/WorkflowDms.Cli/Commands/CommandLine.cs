namespace WorkflowDms.Cli.Commands;

/// <summary>
/// <c>wdms</c>: the operator's and analyst's command line. Exit codes: 0 success, 1 a finding (an invalid
/// file, a broken audit chain), 2 a usage error.
/// </summary>
internal static class CommandLine
{
    public const string Usage = """
        usage:
          wdms validate <file-or-dir>...     check BPMN (.bpmn, .bpmn20.xml) and rule-set (.json) files
          wdms audit verify [--connection <cs>]   recompute the audit hash chain
          wdms db migrate [--connection <cs>]     apply database migrations
        The connection string defaults to ConnectionStrings__WorkflowDms, else Data Source=data/workflowdms.db.
        The provider is WorkflowDms__Database__Provider: sqlite (the default) or postgres.
        """;

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        try
        {
            return args switch
            {
                ["validate", .. var paths] when paths.Length > 0 => ValidateCommand.Run(paths, output),
                ["audit", "verify", .. var rest] => await AuditVerifyCommand.RunAsync(ConnectionOption.Parse(rest), output),
                ["db", "migrate", .. var rest] => await DbMigrateCommand.RunAsync(ConnectionOption.Parse(rest), output),
                ["--help" or "-h" or "help"] => Help(output),
                _ => UsageError(error),
            };
        }
        catch (UsageException e)
        {
            await error.WriteLineAsync(e.Message);
            return UsageError(error);
        }
    }

    private static int Help(TextWriter output)
    {
        output.WriteLine(Usage);
        return 0;
    }

    private static int UsageError(TextWriter error)
    {
        error.WriteLine(Usage);
        return 2;
    }
}
