using WorkflowDms.Cli.Validation;

namespace WorkflowDms.Cli.Commands;

/// <summary>
/// <c>wdms validate</c>: one line per BPMN or rule-set file — <c>OK</c>, <c>DISPLAY-ONLY</c>, or
/// <c>INVALID</c> with the element (or rule) and the reason. Exit 1 when any file is invalid. No input,
/// however hostile, makes it crash: a file that cannot even be read is reported INVALID.
/// </summary>
internal static class ValidateCommand
{
    public static int Run(IEnumerable<string> paths, TextWriter output)
    {
        var validator = new FileValidator();
        var invalid = 0;
        var seen = 0;
        foreach (var file in FileWalker.Expand(paths))
        {
            seen++;
            var verdict = validator.Validate(file.Path, file.Kind);
            output.WriteLine($"{file.Path} {verdict}");
            if (verdict.StartsWith("INVALID", StringComparison.Ordinal))
            {
                invalid++;
            }
        }

        if (seen == 0)
        {
            output.WriteLine("no BPMN (.bpmn, .bpmn20.xml) or rule-set (.json) files found");
            return 1;
        }

        return invalid == 0 ? 0 : 1;
    }
}
