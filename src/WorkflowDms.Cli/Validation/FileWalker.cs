namespace WorkflowDms.Cli.Validation;

/// <summary>
/// Expands the command line's files and folders into the files to check. Folders are walked recursively;
/// <c>samples/</c> folders hold rule-set inputs, not rule sets, and are skipped. A named file is always
/// checked, whatever its extension (as BPMN unless it ends in .json).
/// </summary>
internal static class FileWalker
{
    public static IEnumerable<(string Path, FileKind Kind)> Expand(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var file in Walk(path).Order(StringComparer.Ordinal))
                {
                    if (KindOf(file) is { } kind)
                    {
                        yield return (file, kind);
                    }
                }
            }
            else if (File.Exists(path))
            {
                yield return (path, KindOf(path) ?? FileKind.Bpmn);
            }
            else
            {
                yield return (path, FileKind.Missing);
            }
        }
    }

    private static IEnumerable<string> Walk(string directory)
    {
        var pending = new Stack<string>([directory]);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            string[] files;
            string[] folders;
            try
            {
                files = Directory.GetFiles(current);
                folders = Directory.GetDirectories(current);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                continue; // an unreadable folder holds nothing we can check
            }

            foreach (var file in files)
            {
                yield return file;
            }

            foreach (var folder in folders.Where(f => !string.Equals(Path.GetFileName(f), "samples", StringComparison.OrdinalIgnoreCase)))
            {
                pending.Push(folder);
            }
        }
    }

    private static FileKind? KindOf(string file) =>
        file.EndsWith(".bpmn", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".bpmn20.xml", StringComparison.OrdinalIgnoreCase)
            ? FileKind.Bpmn
            : file.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? FileKind.RuleSet : null;
}
